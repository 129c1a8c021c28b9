"""Starting and submitting exam attempts; grading happens here, on the server."""

import random
import secrets
from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from courses.exams import grading
from courses.exams.models import Attempt
from courses.exams.selectors import allowance_for, exam_status
from courses.models import CoursePage, Enrolment
from courses.selectors import course_progress, enrolment_for

# Network latency between the learner pressing "Submit" at the last second and
# the request reaching us.
GRACE = timedelta(seconds=30)


def attempts_expire(*, user, course: CoursePage, now=None) -> int:
    """Close open attempts (in any of the course's languages) whose time ran
    out; they count as attempts with 0 %."""
    now = now or timezone.now()
    return Attempt.objects.filter(
        user=user,
        course__translation_key=course.translation_key,
        status=Attempt.Status.OPEN,
        deadline__lt=now - GRACE,
    ).update(status=Attempt.Status.EXPIRED, score=0, passed=False, submitted_at=now)


def _course_lock(*, user, course: CoursePage) -> None:
    """Serialise a learner's exam starts across the course's languages.

    The open-attempt constraint holds per language version only, so two starts
    through two translations would both pass the checks; they queue on the
    learner's enrolments in the course (in pk order: no deadlock) instead.
    """
    list(
        Enrolment.objects.select_for_update(of=("self",))
        .filter(user=user, course__translation_key=course.translation_key)
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def attempt_start(*, user, course: CoursePage, now=None) -> Attempt:
    """Open a new attempt, or return the one already open in any of the
    course's languages (a second click resumes)."""
    now = now or timezone.now()
    attempts_expire(user=user, course=course, now=now)
    with transaction.atomic():
        _course_lock(user=user, course=course)
        enrolment = enrolment_for(user, course)
        # The lessons of the course the learner enrolled in, whichever
        # language the exam is taken in.
        progress = course_progress(enrolment.course if enrolment else course, enrolment)
        status = exam_status(
            user, course, progress=progress, now=now, enrolled=enrolment is not None
        )
        if status.state == "open":
            return status.open_attempt
        _refuse(status)
        if not course.has_exam:
            raise ValidationError(_("This course has no exam."))
        return _attempt_create(user=user, course=course, status=status, now=now)


def _refuse(status) -> None:
    """Say why no attempt may start now, if so."""
    refusals = {
        "not_enrolled": _("Start the course before taking its exam."),
        "locked": _("Complete every lesson to unlock the exam."),
        "passed": _("You have already passed this exam."),
        "exhausted": _("You have used all your attempts for this exam."),
    }
    if status.state in refusals:
        raise ValidationError(refusals[status.state])
    if status.state == "waiting":
        raise ValidationError(
            _("You can try again from %(when)s.")
            % {
                "when": date_format(
                    timezone.localtime(status.next_start_at), "DATETIME_FORMAT"
                )
            }
        )


def _attempt_create(*, user, course: CoursePage, status, now) -> Attempt:
    rng = random.Random(secrets.randbits(64))
    paper, key = grading.draw(
        list(course.exam_questions.raw_data), course.exam_question_count, rng
    )
    deadline = None
    if course.exam_time_limit_minutes:
        minutes = (
            course.exam_time_limit_minutes + allowance_for(user, course).extra_minutes
        )
        deadline = now + timedelta(minutes=minutes)
    try:
        with transaction.atomic():
            return Attempt.objects.create(
                user=user,
                course=course,
                # Numbers run across the course's languages; max, not count:
                # older attempts were numbered per language version.
                number=max((a.number for a in status.attempts), default=0) + 1,
                deadline=deadline,
                paper=paper,
                key=key,
                pass_mark=course.exam_pass_mark,
                feedback=course.exam_feedback,
            )
    except IntegrityError:
        # A double click opened it a moment ago (SQLite takes no row locks).
        return Attempt.objects.get(user=user, course=course, status=Attempt.Status.OPEN)


class AlreadyGraded(Exception):
    """The attempt was graded before: a replay or a double submit."""

    def __init__(self, attempt: Attempt):
        self.attempt = attempt


@transaction.atomic
def attempt_submit(
    *, user, attempt_id: int, submitted: dict[str, list[str]], now=None
) -> Attempt:
    """Grade an attempt once. Late answers (past the deadline) are not accepted."""
    now = now or timezone.now()
    attempt = Attempt.objects.select_for_update().filter(pk=attempt_id).first()
    if attempt is None or attempt.user_id != user.pk:
        raise PermissionDenied(_("This exam attempt is not yours."))
    if attempt.status != Attempt.Status.OPEN:
        raise AlreadyGraded(attempt)
    try:
        answers = grading.parse_answers(attempt.paper, submitted)
    except grading.AnswerError:
        raise ValidationError(
            _(
                "Some answers do not belong to the questions of this attempt. "
                "Nothing was saved: reload the page and answer again."
            )
        ) from None
    attempt.submitted_at = now
    if attempt.deadline and now > attempt.deadline + GRACE:
        attempt.status = Attempt.Status.EXPIRED
        attempt.score = 0
        attempt.passed = False
        attempt.save()
        return attempt
    results, score = grading.grade(attempt.paper, attempt.key, answers)
    attempt.answers = answers
    attempt.results = results
    attempt.score = score
    attempt.passed = score >= attempt.pass_mark
    attempt.status = Attempt.Status.GRADED
    attempt.save()
    if attempt.passed:
        from courses.certificates.services import certificate_issue

        certificate_issue(attempt=attempt)
    return attempt
