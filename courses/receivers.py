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


def _course_published(sender, instance, **kwargs):
    # The news wall: once per course, a translation adds its language.
    from news.services import Kind, wall_record_page

    wall_record_page(Kind.COURSE_PUBLISHED, page=instance)


def _certificate_saved(sender, instance, created, raw=False, **kwargs):
    from news.services import Kind, urls_in_languages, wall_forget, wall_record

    if raw:
        return
    key = f"certificate:{instance.code}"
    if instance.revoked_at:
        wall_forget(Kind.CERTIFICATE_EARNED, key=key)
    elif created:
        # Shown only while the learner lets the wall show their achievements.
        wall_record(
            Kind.CERTIFICATE_EARNED,
            key=key,
            person=instance.user,
            titles={instance.language: instance.course_title},
            urls=urls_in_languages("certificates:verify", instance.code),
            when=instance.issued_at,
        )


def _certificate_deleted(sender, instance, **kwargs):
    from news.services import Kind, wall_forget

    wall_forget(Kind.CERTIFICATE_EARNED, key=f"certificate:{instance.code}")


def connect() -> None:
    from wagtail.signals import page_published

    from courses.certificates.models import Certificate
    from courses.models import CoursePage, LessonPage

    page_published.connect(
        _course_published, sender=CoursePage, dispatch_uid="course_wall"
    )
    post_save.connect(
        _certificate_saved, sender=Certificate, dispatch_uid="certificate_wall"
    )
    post_delete.connect(
        _certificate_deleted, sender=Certificate, dispatch_uid="certificate_wall_gone"
    )

    post_save.connect(_course_saved, sender=CoursePage, dispatch_uid="course_hours")
    post_save.connect(_lesson_changed, sender=LessonPage, dispatch_uid="lesson_hours")
    post_delete.connect(_lesson_changed, sender=LessonPage, dispatch_uid="lesson_gone")
    post_page_move.connect(
        _lesson_moved, sender=LessonPage, dispatch_uid="lesson_moved"
    )
