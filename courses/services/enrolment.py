"""Writes for a learner's path through a course: enrol, complete lessons, leave."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from courses.models import CoursePage, Enrolment, LessonCompletion, LessonPage
from courses.selectors import course_progress, enrolment_for


def enrolment_create(*, user, course: CoursePage) -> Enrolment:
    """Enrol a learner; enrolling twice, in any of the course's languages,
    returns the same enrolment."""
    if not course.live:
        raise ValidationError(_("This course is not open."))
    existing = enrolment_for(user, course)
    if existing is not None:
        return existing
    if not LessonPage.objects.child_of(course).live().exists():
        raise ValidationError(
            _("This course has no lessons yet, so it cannot be started.")
        )
    try:
        with transaction.atomic():
            enrolment, _created = Enrolment.objects.get_or_create(
                user=user, course=course
            )
    except IntegrityError:  # a concurrent double click won the race
        enrolment = Enrolment.objects.get(user=user, course=course)
    return enrolment


@transaction.atomic
def enrolment_leave(*, user, course: CoursePage) -> None:
    """Leave a course, in every language: progress goes; exam attempts and
    certificates stay."""
    Enrolment.objects.filter(
        user=user, course__translation_key=course.translation_key
    ).delete()


def _enrolment_of(user, lesson: LessonPage) -> Enrolment:
    enrolment = enrolment_for(user, lesson.course)
    if enrolment is None:
        raise PermissionDenied(_("Start the course to follow its lessons."))
    return enrolment


def lesson_visit(*, enrolment: Enrolment, lesson: LessonPage) -> None:
    """Remember the lesson a learner opened, for "continue where you left off"."""
    if enrolment.last_lesson_id != lesson.pk:
        Enrolment.objects.filter(pk=enrolment.pk).update(last_lesson=lesson)
        enrolment.last_lesson = lesson


@transaction.atomic
def lesson_complete(*, user, lesson: LessonPage) -> Enrolment:
    """Mark a lesson done (idempotent); the enrolment is complete with the last one."""
    enrolment = _enrolment_of(user, lesson)
    Enrolment.objects.select_for_update().filter(pk=enrolment.pk).first()
    LessonCompletion.objects.get_or_create(enrolment=enrolment, lesson=lesson)
    enrolment.last_lesson = lesson
    # Over the course the learner enrolled in: a translation with fewer
    # lessons does not complete it.
    progress = course_progress(enrolment.course, enrolment)
    if progress.all_done and enrolment.completed_at is None:
        enrolment.completed_at = timezone.now()
    enrolment.save(update_fields=["last_lesson", "completed_at"])
    return enrolment
