"""Reads of certificates that other apps and the views share."""

import operator
import re
from functools import reduce

from django.db.models import Max, QuerySet

from courses.certificates.models import Certificate
from courses.certificates.status_list import LIST_BITS

# The alphabet of models.new_code: no 0, 1, I or O, which are easy to misread.
CODE_PATTERN = re.compile(r"^[A-HJ-NP-Z2-9]{16}$")


def code_normalise(code: str) -> str | None:
    """The canonical form of a typed or scanned code, or None if it cannot be one."""
    cleaned = re.sub(r"[\s-]", "", code or "").upper()
    return cleaned if CODE_PATTERN.match(cleaned) else None


def certificates_for_user(user, *, include_revoked: bool = False) -> QuerySet:
    """The user's certificates, newest first; only valid ones unless asked."""
    if not getattr(user, "is_authenticated", False):
        return Certificate.objects.none()
    certificates = Certificate.objects.filter(user=user).select_related("course")
    if not include_revoked:
        certificates = certificates.filter(revoked_at__isnull=True)
    return certificates.order_by("-issued_at", "-pk")


def certificate_by_code(code: str) -> Certificate | None:
    """The certificate with this public code (revoked or not), or None."""
    canonical = code_normalise(code)
    if canonical is None:
        return None
    return Certificate.objects.filter(code=canonical).first()


def certificate_for_credential(code: str) -> Certificate | None:
    """Like certificate_by_code, with what its credential shows, in one query."""
    canonical = code_normalise(code)
    if canonical is None:
        return None
    return (
        Certificate.objects.select_related("course__locale", "attempt", "user")
        .filter(code=canonical)
        .first()
    )


def course_translations(certificate: Certificate) -> list:
    """The live versions of the certificate's course in other languages."""
    from courses.models import CoursePage

    course = certificate.course
    if course is None:
        return []
    return list(
        CoursePage.objects.live()
        .filter(translation_key=course.translation_key)
        .exclude(pk=course.pk)
        .select_related("locale")
        .order_by("locale__language_code")
    )


def status_lists_count() -> int:
    """How many revocation lists are in use (at least one, even if empty)."""
    highest = Certificate.objects.aggregate(highest=Max("status_index"))["highest"]
    return 1 if highest is None else highest // LIST_BITS + 1


def status_list_revoked_positions(number: int) -> list[int]:
    """The positions of revoked certificates in list `number` (from 1)."""
    start = (number - 1) * LIST_BITS
    return [
        index - start
        for index in Certificate.objects.filter(
            revoked_at__isnull=False,
            status_index__gte=start,
            status_index__lt=start + LIST_BITS,
        ).values_list("status_index", flat=True)
    ]


def certificates_for_users(users) -> QuerySet:
    """Valid certificates earned by any of `users`, newest first, in one query."""
    users = list(users)
    if not users:
        return Certificate.objects.none()
    return reduce(operator.or_, (certificates_for_user(user) for user in users))


def certificates_valid(course_key: str = "") -> QuerySet:
    """Certificates not revoked, of the course with this translation key (any
    language) or of any course."""
    certificates = Certificate.objects.filter(revoked_at__isnull=True)
    if course_key:
        certificates = certificates.filter(course_key=course_key)
    return certificates
