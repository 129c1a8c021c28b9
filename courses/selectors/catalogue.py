"""Reads of the catalogue and of a learner's progress, in a fixed number of queries."""

from dataclasses import dataclass, field

from django.db.models import (
    Count,
    Exists,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
)
from django.db.models.functions import Coalesce, Length, Substr
from wagtail.images import get_image_model
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from courses.models import (
    CourseInstructor,
    CoursePage,
    Enrolment,
    LessonCompletion,
    LessonPage,
    Topic,
)
from rumbo import page_cache
from rumbo.sqlite_ranking import sqlite_ranked

CARD_RENDITION = "fill-640x360"
INSTRUCTOR_RENDITION = "fill-160x160"

LENGTHS = {
    "short": (None, 10),
    "medium": (11, 25),
    "long": (26, None),
}


@dataclass(frozen=True)
class CatalogueFilters:
    query: str = ""
    topic: str = ""
    level: str = ""
    language: str = ""
    length: str = ""


def topics_for_locale(locale: Locale | int) -> list[Topic]:
    """A locale's topics, remembered until one changes (courses.page_cache
    purges "topics"): the catalogue's filter and every course page show them."""
    locale_id = getattr(locale, "pk", locale)
    return page_cache.remembered(
        f"topics:{locale_id}",
        ["topics"],
        lambda: list(Topic.objects.filter(locale_id=locale_id)),
    )


def course_topic(course: CoursePage) -> Topic | None:
    return next(
        (t for t in topics_for_locale(course.locale_id) if t.pk == course.topic_id),
        None,
    )


def _with_cards(queryset):
    images = get_image_model().objects.prefetch_renditions(CARD_RENDITION)
    return queryset.select_related("topic").prefetch_related(
        Prefetch("cover_image", queryset=images)
    )


def courses_with_lessons(locale: Locale | int) -> QuerySet[CoursePage]:
    """Live courses of a locale that have a live lesson: the only ones a
    learner can start, so the only ones listed."""
    parents = (
        LessonPage.objects.live()
        .filter(locale=locale)
        .order_by()
        .values(parent_path=Substr("path", 1, Length("path") - LessonPage.steplen))
    )
    # One semi-join on the path index, not a subquery per course.
    return CoursePage.objects.live().filter(locale=locale, path__in=parents)


def catalogue_courses(*, locale: Locale | int, filters: CatalogueFilters):
    """Listed courses of a locale matching the filters: a queryset, or search
    results.

    With a query the result is Wagtail search results over the filtered pages,
    matching word forms in the locale's language (rumbo.search_backends);
    callers page it and then load the cards with ``catalogue_cards``.
    """
    courses = courses_with_lessons(locale)
    if filters.topic:
        # Search backends filter on the course's own columns only, so the slug
        # becomes an id first.
        topic_ids = [t.pk for t in topics_for_locale(locale) if t.slug == filters.topic]
        courses = courses.filter(topic_id__in=topic_ids)
    if filters.level:
        courses = courses.filter(level=filters.level)
    if filters.language:
        courses = courses.filter(language=filters.language)
    if filters.length in LENGTHS:
        low, high = LENGTHS[filters.length]
        if low is not None:
            courses = courses.filter(hours__gte=low)
        if high is not None:
            courses = courses.filter(hours__lte=high)
    if filters.query:
        backend = get_search_backend()
        ranked = sqlite_ranked(backend, courses, filters.query)
        if ranked is not None:
            return ranked
        return backend.search(filters.query, courses, operator="and")
    return courses.order_by("title")


def catalogue_cards(page_of_courses) -> list[CoursePage]:
    """The courses of one catalogue page, in order, with topic and cover loaded."""
    ids = [course.pk for course in page_of_courses]
    by_id = _with_cards(CoursePage.objects.filter(pk__in=ids)).in_bulk()
    return [by_id[pk] for pk in ids if pk in by_id]


def course_lessons(course: CoursePage) -> list[LessonPage]:
    return list(LessonPage.objects.child_of(course).live().order_by("path"))


def course_instructors(course: CoursePage) -> list:
    """The course's instructors with their photos, in two queries at most."""
    renditions = (
        get_image_model()
        .get_rendition_model()
        .objects.filter(filter_spec=INSTRUCTOR_RENDITION)
    )
    links = (
        CourseInstructor.objects.filter(page=course)
        .select_related("instructor__photo")
        .prefetch_related(Prefetch("instructor__photo__renditions", renditions))
        .order_by("sort_order")
    )
    return [link.instructor for link in links]


@dataclass
class Progress:
    lessons: list[LessonPage]
    completed_ids: set[int] = field(default_factory=set)

    @property
    def total(self) -> int:
        return len(self.lessons)

    @property
    def done(self) -> int:
        return sum(1 for lesson in self.lessons if lesson.pk in self.completed_ids)

    @property
    def percent(self) -> int:
        return round(100 * self.done / self.total) if self.total else 0

    @property
    def all_done(self) -> bool:
        return self.done == self.total

    def is_done(self, lesson: LessonPage) -> bool:
        return lesson.pk in self.completed_ids

    def next_lesson(self, after: LessonPage | None = None) -> LessonPage | None:
        """Where to continue: the first unfinished lesson after ``after``, else the first."""
        start = 0
        if after is not None:
            ids = [lesson.pk for lesson in self.lessons]
            start = ids.index(after.pk) + 1 if after.pk in ids else 0
        ordered = self.lessons[start:] + self.lessons[:start]
        return next((x for x in ordered if x.pk not in self.completed_ids), None)


def course_progress(course: CoursePage, enrolment: Enrolment | None) -> Progress:
    """The course's live lessons and which of them the learner finished, in
    one query."""
    lessons = LessonPage.objects.child_of(course).live().order_by("path")
    if enrolment is None:
        return Progress(lessons=list(lessons))
    # A lesson is done in every language once done in one: the learner may
    # switch languages half-way (and, from before enrolments were per course,
    # may hold one in each).
    completions = LessonCompletion.objects.filter(
        enrolment__user_id=enrolment.user_id,
        enrolment__course__translation_key=course.translation_key,
        lesson__translation_key=OuterRef("translation_key"),
    )
    lessons = list(lessons.annotate(done=Exists(completions)))
    return Progress(
        lessons=lessons,
        completed_ids={lesson.pk for lesson in lessons if lesson.done},
    )


def enrolment_for(user, course: CoursePage) -> Enrolment | None:
    """The learner's enrolment in the course, in whichever of its languages
    they started it: one course, one enrolment."""
    if not user.is_authenticated:
        return None
    return (
        Enrolment.objects.filter(
            user=user, course__translation_key=course.translation_key
        )
        .select_related("last_lesson", "course")
        .order_by("created_at", "pk")
        .first()
    )


def enrolments_for_user(user) -> list[Enrolment]:
    """A learner's courses with lesson totals and completions counted in SQL."""
    live_lessons = (
        Page.objects.filter(
            live=True,
            path__startswith=OuterRef("course__path"),
            depth=OuterRef("course__depth") + 1,
        )
        .order_by()
        .values("depth")
        .annotate(n=Count("pk"))
        .values("n")
    )
    enrolments = (
        Enrolment.objects.filter(user=user)
        .select_related("course", "last_lesson")
        .annotate(
            lesson_total=Coalesce(
                Subquery(live_lessons, output_field=IntegerField()), 0
            ),
            # A lesson done in two languages counts once.
            lesson_done=Count(
                "completions__lesson__translation_key",
                filter=Q(completions__lesson__live=True),
                distinct=True,
            ),
        )
        .order_by("-created_at")
    )
    # One course, one line: an older account may hold an enrolment in each of
    # a course's languages; the first one is the course's (enrolment_for).
    rows = list(enrolments)
    firsts = {}
    for enrolment in reversed(rows):
        firsts.setdefault(enrolment.course.translation_key, enrolment)
    result = [e for e in rows if firsts[e.course.translation_key] is e]
    for enrolment in result:
        total = enrolment.lesson_total
        done = min(enrolment.lesson_done, total)
        enrolment.percent = round(100 * done / total) if total else 0
    return result


def course_choices() -> list[tuple[str, str]]:
    """One entry per live course (all its translations), titled in the default
    language: (translation key, title), by title."""
    from django.conf import settings

    titles: dict[str, tuple[int, str]] = {}
    for key, language, title in (
        CoursePage.objects.live()
        .values_list("translation_key", "locale__language_code", "title")
        .order_by("title")
    ):
        rank = 0 if language == settings.LANGUAGE_CODE else 1
        if str(key) not in titles or rank < titles[str(key)][0]:
            titles[str(key)] = (rank, title)
    return sorted(
        ((key, title) for key, (_rank, title) in titles.items()), key=lambda x: x[1]
    )


def enrolments_in_course(course_key: str = "") -> QuerySet[Enrolment]:
    """Enrolments in the course with this translation key (any language), or
    in any course."""
    enrolments = Enrolment.objects.all()
    if course_key:
        enrolments = enrolments.filter(course__translation_key=course_key)
    return enrolments
