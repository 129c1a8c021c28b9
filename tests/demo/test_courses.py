"""The demo catalogue: every listed course complete in its own language, core
courses translated with their own titles and slugs, and safe to seed twice."""

import math
from collections import Counter

import pytest
from django.db.models import Count
from wagtail.images import get_image_model

from courses.certificates.models import Certificate
from courses.exams.models import Attempt
from courses.models import CoursePage, Enrolment, Instructor, LessonPage, Topic
from demo.content import load
from demo.seeders.courses import course_languages, course_spec, courses_seed
from tests.demo.seeding import seeded_for_module
from tests.factories import UserFactory

CATALOGUE = load("courses")
SPECS = {key: course_spec(key) for key in CATALOGUE["courses"]}
CORE = [key for key, spec in SPECS.items() if len(course_languages(spec)) == 3]


def _seed_twice():
    UserFactory(email="ana@rumbo.example")
    courses_seed()
    return courses_seed()  # the second run must find everything in place


@pytest.fixture(scope="module")
def seeded_once(django_db_setup, django_db_blocker):
    with seeded_for_module(django_db_blocker, _seed_twice) as courses:
        yield courses


@pytest.fixture
def seeded(seeded_once, db):
    return seeded_once


def _per_locale(model) -> dict[str, int]:
    rows = (
        model.objects.order_by().values("locale__language_code").annotate(n=Count("pk"))
    )
    return {row["locale__language_code"]: row["n"] for row in rows}


def _expected_per_locale() -> dict[str, int]:
    counts = Counter()
    for spec in SPECS.values():
        counts.update(course_languages(spec))
    return dict(counts)


def test_seeding_twice_creates_each_thing_once(seeded):
    assert _per_locale(CoursePage) == _expected_per_locale()
    topics = len(CATALOGUE["topics"])
    assert _per_locale(Topic) == {"es": topics, "pt": topics, "en": topics}
    people = len(CATALOGUE["instructors"])
    assert _per_locale(Instructor) == {"es": people, "pt": people, "en": people}
    lessons = sum(
        len(spec["lessons"]) * len(course_languages(spec)) for spec in SPECS.values()
    )
    assert LessonPage.objects.count() == lessons
    titles = get_image_model().objects.values_list("title", flat=True)
    assert len(titles) == len(set(titles))  # each picture drawn once, then reused
    assert Enrolment.objects.count() == 2
    assert Attempt.objects.count() == 1
    assert Certificate.objects.count() == 1


def test_the_catalogue_spans_36_courses_and_10_topics_in_each_language(seeded):
    courses = CoursePage.objects.live()
    assert courses.values("translation_key").distinct().count() >= 36
    for code in ("es", "pt", "en"):
        topics = (
            courses.filter(locale__language_code=code)
            .values("topic")
            .distinct()
            .count()
        )
        assert topics >= 10, code


def test_every_listed_course_is_complete_in_its_own_language(seeded):
    courses = CoursePage.objects.live().select_related("locale", "cover_image")
    assert courses.count() == sum(_expected_per_locale().values())
    for course in courses:
        code = course.locale.language_code
        lessons = list(LessonPage.objects.child_of(course).live().specific())
        assert len(lessons) >= 3, course.title
        assert len(course.exam_questions) >= course.exam_question_count >= 1
        assert course.language == code
        minutes = sum(lesson.minutes for lesson in lessons)
        assert course.hours == math.ceil(minutes / 60), course.title
        assert course.cover_image is not None and course.cover_image.file.size > 0
        assert course.topic.locale_id == course.locale_id
        assert course.course_instructors.count() >= 1
        for link in course.course_instructors.all():
            assert link.instructor.locale_id == course.locale_id
        for lesson in lessons:
            kinds = [block.block_type for block in lesson.body]
            assert {"text", "image", "check"} <= set(kinds), lesson.title
            paragraphs = sum(
                str(block.value).count("<p>")
                for block in lesson.body
                if block.block_type == "text"
            )
            assert paragraphs >= 3, lesson.title


def test_core_courses_are_translations_with_their_own_titles_and_slugs(seeded):
    assert len(CORE) >= 10
    for key in CORE:
        translations = seeded[key]
        assert set(translations) == {"es", "pt", "en"}
        assert len({page.translation_key for page in translations.values()}) == 1
        for code, page in translations.items():
            assert page.live and page.locale.language_code == code
            assert page.title == SPECS[key][code]["title"]
        assert len({page.title for page in translations.values()}) == 3
        assert len({page.slug for page in translations.values()}) == 3
        lessons = {
            code: list(LessonPage.objects.child_of(page).live().order_by("path"))
            for code, page in translations.items()
        }
        for es, pt, en in zip(*lessons.values(), strict=True):
            assert es.translation_key == pt.translation_key == en.translation_key
            assert len({es.slug, pt.slug, en.slug}) == 3, es.title


def test_the_portuguese_business_plan_course_reads_in_portuguese(seeded):
    page = seeded["plan-negocio"]["pt"]
    assert page.title == "O seu plano de negócio passo a passo"
    assert page.url_path.endswith("/o-seu-plano-de-negocio-passo-a-passo/")
    lesson = LessonPage.objects.child_of(page).live().order_by("path").first()
    assert lesson.title == "Da ideia ao problema"
    assert lesson.slug == "da-ideia-ao-problema"


def test_some_courses_exist_in_one_language_only(seeded):
    singles = {
        code: [key for key, pages in seeded.items() if list(pages) == [code]]
        for code in ("es", "pt", "en")
    }
    for code, keys in singles.items():
        assert keys, code
        for key in keys:
            (page,) = seeded[key].values()
            assert page.get_translations().count() == 0
            assert page.title == SPECS[key][code]["title"]


def test_lesson_pictures_carry_alt_text_in_the_lesson_language(seeded):
    page = seeded["plan-negocio"]["pt"]
    lesson = LessonPage.objects.child_of(page).live().order_by("path").first()
    block = next(b for b in lesson.specific.body if b.block_type == "image")
    spec = SPECS["plan-negocio"]["lessons"][0]
    alt = CATALOGUE["pictures"][spec["art"]]["pt"]
    assert block.value.contextual_alt_text == alt
    assert f'alt="{alt}"' in str(block.render())


def test_demo_learner_has_progress_and_a_certificate(seeded):
    enrolments = Enrolment.objects.filter(user__email="ana@rumbo.example")
    assert enrolments.count() == 2
    passed = enrolments.get(completed_at__isnull=False)
    assert passed.course_id == seeded["plan-negocio"]["pt"].pk
    certificate = Certificate.objects.get(user__email="ana@rumbo.example")
    assert certificate.attempt.passed
    assert certificate.pdf
