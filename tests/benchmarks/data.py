"""The large data set the benchmarks share: courses, mentors."""

import logging
import random
import time

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import F
from django.utils import timezone
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from courses.models import CoursePage, LessonPage
from tests.factories.courses import topic_for

TARGET_COURSES = 5000
FALLBACK_COURSES = 1000
# Wagtail pages need treebeard's add_child, one at a time; fall back to fewer
# courses if 5,000 would take longer than this to build.
BUDGET_SECONDS = 180
# Words of course titles and summaries per language, with several forms of
# one word, so that a search by another form shows whether stemming works.
VOCABULARY = {
    "es": [
        "negocio",
        "marketing",
        "tienda",
        "turismo",
        "ventas",
        "idiomas",
        "ayudas",
        "emprendedores",
        "emprendimiento",
    ],
    "pt": [
        "negócio",
        "marketing",
        "loja",
        "turismo",
        "vendas",
        "línguas",
        "apoios",
        "empreendedorismo",
        "empreendedoras",
    ],
    "en": [
        "business",
        "marketing",
        "shop",
        "tourism",
        "sales",
        "languages",
        "entrepreneurs",
        "management",
        "managers",
    ],
}
PHRASES = {
    "es": ("Curso {number:05d} de {a}", "Aprende {b} y {c}.", "Lección"),
    "pt": ("Curso {number:05d} de {a}", "Aprenda {b} e {c}.", "Lição"),
    "en": ("Course {number:05d} on {a}", "Learn {b} and {c}.", "Lesson"),
}
TOPICS = ("Marketing", "Finanzas")
LANGUAGES = ["es", "pt", "en", "fr", "ar", "wo", "ro"]
REGIONS = ["es-an", "pt-fa", "es-md", "pt-li", "es-ct", "pt-no", "es-ex"]
FORMATS = ["online", "in_person", "both"]
SECTORS = ["retail", "food", "tech", "crafts", "services", "tourism"]


def _course(index, number: int, topics, rng) -> CoursePage:
    """Course ``number`` of the catalogue ``index``, in its language."""
    language = index.locale.language_code
    words = VOCABULARY[language]
    title, summary, _lesson = PHRASES[language]
    return CoursePage(
        title=title.format(number=number, a=rng.choice(words)),
        slug=f"bench-{number}",
        summary=summary.format(b=rng.choice(words), c=rng.choice(words)),
        locale=index.locale,
        language=language,
        topic=topics[number % 2],
        level=("beginner", "intermediate", "advanced")[number % 3],
        hours=10 + number % 30,
        hours_set_by_hand=True,
    )


def courses_seed_timed(index) -> tuple[int, float]:
    """Courses under ``index``, one by one with add_child, each with a lesson:
    5,000, or 1,000 if 5,000 would exceed BUDGET_SECONDS. Returns how many
    were built and the seconds it took."""
    topics = [topic_for(index.locale, name) for name in TOPICS]
    rng = random.Random(7)

    def add(number):
        index.add_child(instance=_course(index, number, topics, rng))

    # Wagtail logs each page created: thousands of lines would bury the figures.
    wagtail_log = logging.getLogger("wagtail")
    level = wagtail_log.level
    wagtail_log.setLevel(logging.WARNING)
    start = time.perf_counter()
    try:
        for number in range(100):
            add(number)
        estimate = (time.perf_counter() - start) / 100 * TARGET_COURSES
        total = TARGET_COURSES if estimate <= BUDGET_SECONDS else FALLBACK_COURSES
        for number in range(100, total):
            add(number)
    finally:
        wagtail_log.setLevel(level)
    lessons_bulk(CoursePage.objects.child_of(index))
    return total, time.perf_counter() - start


def courses_bulk(index, count: int, *, first: int = 0) -> list[CoursePage]:
    """``count`` live courses under ``index``, numbered from ``first``, each
    with a live lesson: written in bulk and indexed for search, so thousands
    take seconds where add_child takes minutes."""
    topics = [topic_for(index.locale, name) for name in TOPICS]
    rng = random.Random(f"{index.locale.language_code}-{first}")
    courses = [
        _course(index, number, topics, rng) for number in range(first, first + count)
    ]
    children_bulk(index, courses)
    lessons_bulk(CoursePage.objects.filter(pk__in=[c.pk for c in courses]))
    # Bulk inserts send no signals: Wagtail would index each page on save.
    get_search_backend().add_bulk(CoursePage, courses)
    return courses


def children_bulk(parent, pages: list) -> None:
    """Write ``pages`` as the last children of ``parent`` in bulk: no
    signals, no search indexing (the caller's to do)."""
    # treebeard's paths: the parent's, then the child's step in base 36.
    last = parent.get_last_child()
    last_step = Page._str2int(last.path[-Page.steplen :]) if last else 0
    for step, page in enumerate(pages, last_step + 1):
        page.path = parent.path + Page._get_path(None, 1, step)
        page.depth = parent.depth + 1
        page.url_path = f"{parent.url_path}{page.slug}/"
    _pages_write(pages)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    parent.refresh_from_db()


def _pages_write(pages: list) -> None:
    """Write new pages of one Page subclass, their tree fields set, as live.

    Django cannot bulk-create a model stored in two tables, and treebeard adds
    pages one at a time: the Page rows are bulk-created, then the subclass's
    own rows inserted directly, each field prepared as Django would save it.
    """
    model = type(pages[0])
    kind = ContentType.objects.get_for_model(model)
    now = timezone.now()
    for page in pages:
        page.content_type = kind
        page.draft_title = page.title
        page.live = True
        page.numchild = 0
        page.first_published_at = page.last_published_at = now
    base_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
    rows = Page.objects.bulk_create(
        [
            Page(**{f.attname: getattr(p, f.attname) for f in base_fields})
            for p in pages
        ],
        batch_size=500,
    )
    for page, row in zip(pages, rows, strict=True):
        page.id = page.page_ptr_id = row.pk
    fields = model._meta.local_concrete_fields
    columns = ", ".join(connection.ops.quote_name(f.column) for f in fields)
    values = ", ".join(["%s"] * len(fields))
    with connection.cursor() as cursor:
        cursor.executemany(
            f"INSERT INTO {model._meta.db_table} ({columns}) VALUES ({values})",
            [
                [f.get_db_prep_save(f.pre_save(page, True), connection) for f in fields]
                for page in pages
            ],
        )


def lessons_bulk(courses) -> None:
    """One live lesson under each course (none of which has children yet),
    inserted in bulk: only courses with lessons are listed."""
    courses = list(courses.select_related("locale").order_by("pk"))
    lessons = []
    for course in courses:
        word = PHRASES.get(course.locale.language_code, PHRASES["es"])[2]
        lessons.append(
            LessonPage(
                title=f"{word} · {course.title}",
                slug="leccion-1",
                path=course.path + Page._get_path(None, 1, 1),
                depth=course.depth + 1,
                locale_id=course.locale_id,
                url_path=f"{course.url_path}leccion-1/",
                minutes=30,
                body=[{"type": "text", "value": f"<p>{word}.</p>"}],
            )
        )
    _pages_write(lessons)
    Page.objects.filter(pk__in=[c.pk for c in courses]).update(numchild=1)


def courses_seed(index) -> list:
    """5,000 live courses under ``index`` (fewer on a slow machine)."""
    courses_seed_timed(index)
    return list(CoursePage.objects.child_of(index).live().order_by("pk"))


def mentors_seed(n: int) -> None:
    """``n`` approved mentors with their users, in bulk."""
    from mentoring.models import ExpertiseArea, MentorProfile, codes_join
    from tests.factories.mentoring import area
    from users.models import User

    area("tax")
    rng = random.Random(3)
    area_ids = list(ExpertiseArea.objects.values_list("pk", flat=True))
    users = User.objects.bulk_create(
        [
            User(email=f"mentor-bench{i}@example.org", display_name=f"Mentor {i}")
            for i in range(n)
        ],
        batch_size=1000,
    )
    profiles = MentorProfile.objects.bulk_create(
        [
            MentorProfile(
                user=user,
                status="approved",
                headline="Adviser",
                capacity=rng.randint(1, 5),
                languages=codes_join(rng.sample(LANGUAGES, 2)),
                region=rng.choice(REGIONS),
                format=rng.choice(FORMATS),
                sectors=codes_join(rng.sample(SECTORS, 1)),
            )
            for user in users
        ],
        batch_size=1000,
    )
    through = MentorProfile.areas.through
    through.objects.bulk_create(
        [
            through(mentorprofile_id=p.pk, expertisearea_id=a)
            for p in profiles
            for a in rng.sample(area_ids, 2)
        ],
        batch_size=1000,
    )
