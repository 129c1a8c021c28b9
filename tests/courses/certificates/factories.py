"""Passed attempts and issued certificates for the certificate tests."""

from django.utils import timezone

from courses.certificates.models import Certificate
from courses.certificates.services import certificate_issue
from courses.exams.models import Attempt
from tests.factories import UserFactory
from tests.factories.courses import course_page


def passed_attempt(user=None, course=None, number: int = 1) -> Attempt:
    """A graded, passed attempt: what the exam hands to `certificate_issue`."""
    return Attempt.objects.create(
        user=user or UserFactory(),
        course=course or course_page(hours=12),
        number=number,
        status=Attempt.Status.GRADED,
        submitted_at=timezone.now(),
        score=85,
        passed=True,
        pass_mark=70,
        feedback="none",
        paper=[],
        key={},
    )


def issued_certificate(user=None, course=None) -> Certificate:
    return certificate_issue(attempt=passed_attempt(user=user, course=course))
