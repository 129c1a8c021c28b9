"""A course's hours and search entry follow its lessons
(courses.services.catalogue): kept up to date when a course or a lesson is
saved (which is also how Wagtail publishes and unpublishes a page), deleted
or moved."""

from django.db.models.signals import post_delete, post_save
from wagtail.signals import post_page_move

from courses.services.catalogue import course_hours_refresh, course_search_refresh


def _course_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        instance.hours = course_hours_refresh(course_path=instance.path)


def _lesson_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        course_path = instance.path[: -instance.steplen]
        course_hours_refresh(course_path=course_path)
        course_search_refresh(course_path=course_path)


def _lesson_moved(sender, instance, parent_page_before, parent_page_after, **kwargs):
    for parent in (parent_page_before, parent_page_after):
        course_hours_refresh(course_path=parent.path)
        course_search_refresh(course_path=parent.path)


def connect() -> None:
    from courses.models import CoursePage, LessonPage

    post_save.connect(_course_saved, sender=CoursePage, dispatch_uid="course_hours")
    post_save.connect(_lesson_changed, sender=LessonPage, dispatch_uid="lesson_hours")
    post_delete.connect(_lesson_changed, sender=LessonPage, dispatch_uid="lesson_gone")
    post_page_move.connect(
        _lesson_moved, sender=LessonPage, dispatch_uid="lesson_moved"
    )
