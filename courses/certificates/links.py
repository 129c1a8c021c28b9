"""Absolute links to a certificate, built from settings.SITE_URL."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation


def absolute(path: str) -> str:
    return f"{settings.SITE_URL}{path}"


def verify_url(code: str, *, language: str | None = None) -> str:
    """The public verification page, in `language` (the active one by default)."""
    with translation.override(language or translation.get_language()):
        return absolute(reverse("certificates:verify", args=[code]))


def credential_url(code: str) -> str:
    """The Open Badges credential: one language-free URL per certificate."""
    return absolute(reverse("credentials:detail", args=[code]))


def signed_credential_url(code: str) -> str:
    """The same credential signed, as application/vc+jwt."""
    return absolute(reverse("credentials:signed", args=[code]))


def share_image_url(code: str) -> str:
    return absolute(reverse("credentials:image", args=[code]))


def issuer_name() -> str:
    return getattr(settings, "CERTIFICATE_ISSUER", "Rumbo")
