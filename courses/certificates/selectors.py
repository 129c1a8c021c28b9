"""Reads of certificates that other apps and the views share."""

import re

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
