"""Request hygiene for every URL: refuse input no view can store, flag cookies.

PostgreSQL refuses NUL characters in text (DataError, a 500) where SQLite
stores them, so a ``%00`` in a path segment, a query parameter or a form field
must never reach a view. Rather than guard each view, ``RequestSanityMiddleware``
answers such requests with a short 400 page before any view, form or session
lookup runs; it does the same for percent-escapes that are not UTF-8 in the
query string or a form body (Django would quietly turn them into U+FFFD; in
the path it keeps them as the literal text "%FF", which is harmless). Cookies
carrying NUL are dropped instead, so a bad cookie cannot lock anyone out. A
view that looks an object up by a value its field cannot hold ("Infinity" for
an id) answers 404, as for an id that matches nothing.

``CookieDefaultsMiddleware`` gives every cookie the site sets (Oscar's basket
cookie has none) ``SameSite=Lax``, and ``Secure`` when the session cookie is.
"""

import logging
import os
import traceback
from urllib.parse import unquote_to_bytes

from django.conf import settings
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponseBadRequest
from django.utils import translation
from django.utils.html import escape
from django.utils.translation import gettext as _

NUL = "\x00"
logger = logging.getLogger(__name__)


def _has_nul(text: str) -> bool:
    return NUL in text


def _is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _path_is_bad(request) -> bool:
    # Escapes in the path that are not UTF-8 need nothing here: Django keeps
    # them as the literal text "%FF" (repercent_broken_unicode), which no
    # database refuses and no URL pattern with an id or slug matches.
    return _has_nul(request.path_info)


def _query_is_bad(request) -> bool:
    query = request.META.get("QUERY_STRING", "")
    if not query:
        return False
    raw = unquote_to_bytes(query.replace("+", " "))
    return b"\x00" in raw or not _is_utf8(raw)


def _form_is_bad(request) -> bool:
    if request.method not in ("POST", "PUT", "PATCH"):
        return False
    content_type = request.content_type or ""
    if content_type == "application/x-www-form-urlencoded":
        # Checked on the raw body: invalid UTF-8 would otherwise become U+FFFD.
        raw = unquote_to_bytes(request.body.replace(b"+", b" "))
        return b"\x00" in raw or not _is_utf8(raw)
    if content_type == "application/json":
        # A JSON string may spell NUL as an escape.
        return b"\x00" in request.body or b"\\u0000" in request.body
    if content_type.startswith("multipart/"):
        for key, values in request.POST.lists():
            if _has_nul(key) or any(_has_nul(value) for value in values):
                return True
        for key, files in request.FILES.lists():
            if _has_nul(key) or any(_has_nul(f.name or "") for f in files):
                return True
    return False


def _drop_bad_cookies(request) -> None:
    for name in [n for n, v in request.COOKIES.items() if _has_nul(n + v)]:
        del request.COOKIES[name]


def bad_request_page(request):
    """A short page in the visitor's language; no template, no database."""
    language = translation.get_language_from_path(
        request.path_info.replace(NUL, "")
    ) or translation.get_language_from_request(request)
    with translation.override(language):
        title = _("This address cannot be read")
        message = _(
            "The address or the form you sent contains characters we cannot "
            "accept. Check the link, or go back and try again."
        )
        home = _("Go to the home page")
        html = (
            f'<!DOCTYPE html><html lang="{escape(language)}"><head>'
            f'<meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)}</title></head><body><main>"
            f"<h1>{escape(title)}</h1><p>{escape(message)}</p>"
            f'<p><a href="/{escape(language)}/">{escape(home)}</a></p>'
            f"</main></body></html>"
        )
    response = HttpResponseBadRequest(html, content_type="text/html; charset=utf-8")
    response["Cache-Control"] = "no-store"
    return response


FIELDS_MODULE = os.path.join("django", "db", "models", "fields", "__init__.py")


def _raised_converting_a_lookup_value(exception) -> bool:
    """Whether a model field refused the value it was given ("abc" for an id).

    Django raises these (ValueError, TypeError, ValidationError) from the
    field's own conversion code, the last frame of the traceback.
    """
    if not isinstance(exception, ValueError | TypeError | ValidationError):
        return False
    frames = traceback.extract_tb(exception.__traceback__)
    return bool(frames) and frames[-1].filename.endswith(FIELDS_MODULE)


class RequestSanityMiddleware:
    """400 for NUL or non-UTF-8 escapes in the path, query or form; drop such cookies.

    And a view that looks an object up by a value its field cannot hold (a
    tampered id such as "Infinity" in a chooser or an admin URL) answers 404,
    as for any id that matches nothing, instead of a 500.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        _drop_bad_cookies(request)
        if _path_is_bad(request) or _query_is_bad(request) or _form_is_bad(request):
            return bad_request_page(request)
        return self.get_response(request)

    def process_exception(self, request, exception):
        if _raised_converting_a_lookup_value(exception):
            logger.warning(
                "404 for %s: a value its field cannot hold (%s)",
                request.path,
                exception,
            )
            raise Http404 from exception
        return None


class CookieDefaultsMiddleware:
    """SameSite=Lax (and Secure where the session cookie is) on every cookie."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        secure = settings.SESSION_COOKIE_SECURE
        for morsel in response.cookies.values():
            if not morsel["samesite"]:
                morsel["samesite"] = "Lax"
            if secure and not morsel["secure"]:
                morsel["secure"] = True
        return response
