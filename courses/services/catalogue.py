"""Writes that keep the catalogue true to its lessons."""

from django.db.models import Sum

from courses.models import CoursePage, LessonPage
from courses.models.catalogue import hours_for_minutes


def course_hours_refresh(*, course_path: str) -> int | None:
    """Set a course's hours from its live lessons' minutes, unless its author
    set them by hand; returns the hours it states now (None: no such course)."""
    course = (
        CoursePage.objects.filter(path=course_path)
        .values("pk", "depth", "hours", "hours_set_by_hand")
        .first()
    )
    if course is None:
        return None
    if course["hours_set_by_hand"]:
        return course["hours"]
    minutes = (
        LessonPage.objects.live()
        .filter(path__startswith=course_path, depth=course["depth"] + 1)
        .aggregate(total=Sum("minutes"))["total"]
    )
    hours = hours_for_minutes(minutes or 0)
    if hours != course["hours"]:
        CoursePage.objects.filter(pk=course["pk"]).update(hours=hours)
    return hours


def course_search_refresh(*, course_path: str) -> None:
    """Index the course again: its search entry holds its lessons' text."""
    from wagtail.search import index

    course = CoursePage.objects.filter(path=course_path).first()
    if course is not None:
        index.insert_or_update_object(course)
