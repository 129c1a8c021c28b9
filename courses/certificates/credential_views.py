"""What verifiers and wallets fetch: credentials, the status list, the issuer's keys.

Language-free URLs, open to any origin (CORS), and JSON errors that say what
went wrong: a verifier reads them, not a person on our pages.
"""

import logging

from django.core.exceptions import ImproperlyConfigured
from django.http import HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET

from courses.certificates import keys, selectors, share, signing
from courses.certificates.credential import certificate_credential
from courses.certificates.links import signed_credential_url
from courses.certificates.status_list import status_list_credential
from rumbo import page_cache

logger = logging.getLogger(__name__)

# Purged with every certificate change (courses/page_cache.py).
STATUS_TAG = "certificates:status"


def _open(response):
    response["Access-Control-Allow-Origin"] = "*"
    return response


def _error(message: str, status: int) -> JsonResponse:
    return _open(JsonResponse({"error": message}, status=status))


def _unknown() -> JsonResponse:
    return _error(_("No certificate has this code."), 404)


def _unsigned() -> JsonResponse:
    logger.error("certificate signing key missing or invalid", exc_info=True)
    return _error(_("Credentials cannot be signed right now. Try again later."), 503)


def _json(document: dict, content_type: str) -> JsonResponse:
    response = JsonResponse(
        document,
        content_type=content_type,
        json_dumps_params={"ensure_ascii": False, "indent": 2},
    )
    response["Cache-Control"] = "no-cache"
    return _open(response)


def _document(certificate) -> dict:
    return certificate_credential(
        certificate, selectors.course_translations(certificate)
    )


@require_GET
def credential(request, code: str):
    """The Open Badges 3.0 credential as JSON-LD, unsigned (its `id`)."""
    certificate = selectors.certificate_for_credential(code)
    if certificate is None:
        return _unknown()
    response = _json(_document(certificate), "application/ld+json")
    response["Link"] = (
        f'<{signed_credential_url(certificate.code)}>; rel="alternate"; '
        f'type="{signing.MEDIA_TYPE}"'
    )
    return response


@require_GET
def credential_signed(request, code: str):
    """The credential signed with the issuer's key: the file a learner keeps."""
    certificate = selectors.certificate_for_credential(code)
    if certificate is None:
        return _unknown()
    try:
        token = signing.credential_sign(_document(certificate))
    except ImproperlyConfigured:
        return _unsigned()
    response = HttpResponse(token, content_type=signing.MEDIA_TYPE)
    response["Content-Disposition"] = (
        f'inline; filename="certificate-{certificate.code}.jwt"'
    )
    response["Cache-Control"] = "no-cache"
    return _open(response)


@require_GET
def share_image(request, code: str):
    """The certificate as a picture for link previews (Open Graph)."""
    certificate = selectors.certificate_by_code(code)
    if certificate is None:
        return _unknown()
    if not certificate.is_valid:
        return _error(_("This certificate has been revoked."), 410)
    response = HttpResponse(share.share_image(certificate), content_type="image/png")
    response["Cache-Control"] = "public, max-age=3600"
    return _open(response)


@require_GET
def status_list(request, number: int):
    """Revocation list `number`, signed, as it is now.

    Built from the database, then kept in the page cache's store until a
    certificate changes (a revocation purges it at once).
    """

    def build() -> str:
        if not 1 <= number <= selectors.status_lists_count():
            return ""
        positions = selectors.status_list_revoked_positions(number)
        return signing.credential_sign(status_list_credential(number, positions))

    try:
        token = page_cache.remembered(
            f"certificates:status-list:{number}", [STATUS_TAG], build
        )
    except ImproperlyConfigured:
        return _unsigned()
    if not token:
        return _error(
            _("There is no status list %(number)s.") % {"number": number}, 404
        )
    response = HttpResponse(token, content_type=signing.MEDIA_TYPE)
    response["Cache-Control"] = "no-cache"
    return _open(response)


@require_GET
def did_document(request):
    """did:web of the site: the issuer's public keys, current and earlier."""
    try:
        document = keys.did_document()
    except ImproperlyConfigured:
        return _unsigned()
    return _json(document, "application/did+ld+json")


@require_GET
def jwks(request):
    try:
        document = keys.jwks()
    except ImproperlyConfigured:
        return _unsigned()
    return _json(document, "application/jwk-set+json")
