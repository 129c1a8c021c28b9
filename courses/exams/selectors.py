"""What a learner may do with a course's exam right now, and their history.

A course's language versions (Wagtail translations, one ``translation_key``)
share one exam: attempts, the wait between them, the open attempt and staff
grants count across all of them, so a learner cannot multiply the attempt limit
by switching language.
"""

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal

from django.db.models import Sum
from django.utils import timezone

from courses.exams.models import Attempt, ExamGrant
from courses.models import CoursePage, Enrolment


@dataclass(frozen=True)
class Allowance:
    attempts: int
    extra_minutes: int


def allowance_for(user, course: CoursePage) -> Allowance:
    grants = ExamGrant.objects.filter(
        user=user, course__translation_key=course.translation_key
    ).aggregate(attempts=Sum("extra_attempts"), minutes=Sum("extra_minutes"))
    return Allowance(
        attempts=course.exam_max_attempts + (grants["attempts"] or 0),
        extra_minutes=grants["minutes"] or 0,
    )


def counting_score(attempts: list[Attempt], scoring: str) -> Decimal | None:
    """The score that stands for the course: the highest or the last graded one."""
    graded = [a for a in attempts if a.status != Attempt.Status.OPEN]
    if not graded:
        return None
    if scoring == CoursePage.Scoring.LAST:
        return graded[-1].score
    return max(a.score or Decimal(0) for a in graded)


@dataclass
class ExamStatus:
    state: str  # anonymous, not_enrolled, locked, open, available, waiting, passed, exhausted
    attempts: list[Attempt] = field(default_factory=list)
    allowed: int = 0
    open_attempt: Attempt | None = None
    next_start_at: datetime | None = None
    score: Decimal | None = None

    @property
    def used(self) -> int:
        return sum(1 for a in self.attempts if a.status != Attempt.Status.OPEN)

    @property
    def remaining(self) -> int:
        return max(self.allowed - len(self.attempts), 0)

    @property
    def passed(self) -> bool:
        return self.state == "passed"

    @property
    def certificate(self):
        """The valid certificate a passed attempt earned, if any."""
        for attempt in self.attempts:
            certificate = getattr(attempt, "certificate", None)
            if attempt.passed and certificate is not None and certificate.is_valid:
                return certificate
        return None


def course_attempts(user, course: CoursePage):
    """The learner's attempts at the course's exam in any of its languages,
    oldest first, each with its certificate if it earned one."""
    return (
        Attempt.objects.filter(
            user=user, course__translation_key=course.translation_key
        )
        .select_related("certificate")
        .order_by("started_at", "pk")
    )


def exam_status(
    user, course: CoursePage, *, progress=None, now=None, enrolled: bool | None = None
) -> ExamStatus:
    """Where the learner stands with the course's exam. Give ``enrolled`` when
    the caller has already read the enrolment."""
    now = now or timezone.now()
    if not user.is_authenticated:
        return ExamStatus(state="anonymous")
    attempts = list(course_attempts(user, course))
    allowance = allowance_for(user, course)
    status = ExamStatus(
        state="available",
        attempts=attempts,
        allowed=allowance.attempts,
        score=counting_score(attempts, course.exam_scoring),
    )
    if any(a.passed for a in attempts):
        status.state = "passed"
        return status
    status.open_attempt = next(
        (a for a in attempts if a.status == Attempt.Status.OPEN), None
    )
    if status.open_attempt is not None:
        status.state = "open"
        return status
    if enrolled is None:
        enrolled = Enrolment.objects.filter(
            user=user, course__translation_key=course.translation_key
        ).exists()
    if not enrolled:
        status.state = "not_enrolled"
        return status
    if course.exam_requires_lessons and progress is not None and not progress.all_done:
        status.state = "locked"
        return status
    if len(attempts) >= allowance.attempts:
        status.state = "exhausted"
        return status
    if attempts and course.exam_wait_minutes:
        last_end = attempts[-1].submitted_at or attempts[-1].started_at
        ready = last_end + timedelta(minutes=course.exam_wait_minutes)
        if ready > now:
            status.state = "waiting"
            status.next_start_at = ready
    return status
