"""Reads of certificates that other apps and the views share."""

import operator
import re
from functools import reduce

from django.db.models import QuerySet

from courses.certificates.models import Certificate

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
        certificates = certificates.filter(course__translation_key=course_key)
    return certificates
