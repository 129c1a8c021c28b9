"""Request hygiene for every URL: refuse input no view can handle, flag cookies.

``RequestSanityMiddleware`` does, once for every URL and form, what no view
should have to:

- PostgreSQL refuses NUL characters in text (DataError, a 500) where SQLite
  stores them, so a ``%00`` in a path segment, a query parameter or a posted
  field (form or JSON) is answered with a short 400 page before any view, form
  or session lookup runs; so are percent-escapes that are not UTF-8 in the
  query string or a form body (Django would quietly turn them into U+FFFD; in
  the path it keeps them as the literal text "%FF", which is harmless).
  Cookies carrying NUL are dropped instead, so a bad cookie locks nobody out.
- A ``next`` parameter that is not a path on this site is dropped before any
  view reads it (Django's, Wagtail's, Oscar's, allauth's or ours): passed to
  ``redirect()``, "b" is taken for a view name (a 500).
- When a view fails on input it could not have trusted, the answer is the
  client's error, not a 500. An id its field cannot hold ("Infinity" for a
  number), or one that matches no row where the view did not expect that
  (Model.DoesNotExist), or one too big for SQLite to bind, finds nothing: 404. A form field the request left
  out or a value a widget cannot read (a tampered form, e.g. a Wagtail
  StreamField without its "-count"), a model check that reads a relation the
  form never filled, "sNaN" in a number field (Django cannot compare the
  errors it makes) or a search the backend cannot combine with a filter is a
  bad request: 400. Deleting something still referenced by protected rows is
  a conflict: 409, with a page saying so. Each is logged as a warning.

``CookieDefaultsMiddleware`` gives every cookie the site sets (Oscar's basket
cookie has none) ``SameSite=Lax``, and ``Secure`` when the session cookie is.
"""

import logging
import os
import traceback
from urllib.parse import unquote_to_bytes

from django.conf import settings
from django.core.exceptions import BadRequest, ObjectDoesNotExist, ValidationError
from django.db.models import ProtectedError, RestrictedError
from django.http import Http404, HttpResponse
from django.utils import translation
from django.utils.datastructures import MultiValueDictKeyError
from django.utils.html import escape
from django.utils.http import url_has_allowed_host_and_scheme
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


FORM_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def _is_local_path(value: str) -> bool:
    return (
        value.startswith("/")
        and not value.startswith("//")
        and url_has_allowed_host_and_scheme(value, allowed_hosts=None)
    )


def _drop_unsafe_next(request) -> None:
    """A ``next`` that is not a path on this site is dropped before any view
    reads it: ``redirect(next)`` takes "b" for a view name (a 500), and other
    hosts must never be followed. Views then go wherever they go by default."""
    sources = ["GET"]
    if request.method == "POST" and (request.content_type or "") in FORM_TYPES:
        sources.append("POST")
    for source in sources:
        data = getattr(request, source)
        values = data.getlist("next")
        if values and not all(_is_local_path(value) for value in values):
            data = data.copy()
            del data["next"]
            data._mutable = False
            setattr(request, source, data)


def _drop_bad_cookies(request) -> None:
    for name in [n for n, v in request.COOKIES.items() if _has_nul(n + v)]:
        del request.COOKIES[name]


def short_page(request, *, status: int, title, message) -> HttpResponse:
    """A page in the visitor's language, with no template and no database."""
    language = _page_language(request)
    with translation.override(language):
        title, message, home = str(title), str(message), _("Go to the home page")
        html = (
            f'<!DOCTYPE html><html lang="{escape(language)}"><head>'
            f'<meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width, initial-scale=1">'
            f"<title>{escape(title)}</title></head><body><main>"
            f"<h1>{escape(title)}</h1><p>{escape(message)}</p>"
            f'<p><a href="/{escape(language)}/">{escape(home)}</a></p>'
            f"</main></body></html>"
        )
    response = HttpResponse(html, status=status, content_type="text/html")
    response["Cache-Control"] = "no-store"
    return response


def bad_request_page(request) -> HttpResponse:
    with translation.override(_page_language(request)):
        title = _("This address cannot be read")
        message = _(
            "The address or the form you sent contains characters we cannot "
            "accept. Check the link, or go back and try again."
        )
    return short_page(request, status=400, title=title, message=message)


def in_use_page(request) -> HttpResponse:
    with translation.override(_page_language(request)):
        title = _("This is still in use")
        message = _(
            "It cannot be deleted while other records depend on it. Go back "
            "and remove or change those first."
        )
    return short_page(request, status=409, title=title, message=message)


def _page_language(request) -> str:
    return translation.get_language_from_path(
        request.path_info.replace(NUL, "")
    ) or translation.get_language_from_request(request)


FIELDS_MODULE = os.path.join("django", "db", "models", "fields", "__init__.py")


def _frames(exception):
    return traceback.extract_tb(exception.__traceback__)


def _raised_converting_a_lookup_value(exception) -> bool:
    """A model field refused the value it was given ("abc" for an id): Django
    raises these from the field's own conversion code, the last frame."""
    if not isinstance(exception, ValueError | TypeError | ValidationError):
        return False
    frames = _frames(exception)
    return bool(frames) and frames[-1].filename.endswith(FIELDS_MODULE)


def _raised_binding_a_huge_number(exception) -> bool:
    """SQLite's driver cannot even send an integer beyond 64 bits (an id of 30
    digits in a URL); PostgreSQL's lookups already find nothing for it."""
    return isinstance(exception, OverflowError) and "SQLite INTEGER" in str(exception)


def _raised_reading_request_data(exception) -> bool:
    """A form field missing from the request, or a widget unable to read it."""
    if isinstance(exception, MultiValueDictKeyError):
        return True
    return any(frame.name == "value_from_datadict" for frame in _frames(exception))


def _raised_translating_search_filters(exception) -> bool:
    """The search backend could not turn a listing's filters into its own
    (Wagtail's image search with a usage-count filter: a Coalesce it cannot
    read). The search and the filter just cannot be combined."""
    return any(
        frame.name == "_get_filters_from_where_node" for frame in _frames(exception)
    )


def _raised_hashing_a_signaling_nan(exception) -> bool:
    """ "sNaN" typed into a number field: Django's form errors that carry it
    cannot even be compared (TypeError), e.g. in django-filter's range fields."""
    return isinstance(exception, TypeError) and "signaling NaN" in str(exception)


def _raised_checking_an_unfilled_relation(exception) -> bool:
    """A model's clean() read a relation the form never filled (Oscar's do)."""
    if not isinstance(exception, ObjectDoesNotExist):
        return False
    return any(
        frame.name in ("_post_clean", "full_clean") for frame in _frames(exception)
    )


class RequestSanityMiddleware:
    """Refuse input nothing can store; answer failures on bad input as such."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        _drop_bad_cookies(request)
        if _path_is_bad(request) or _query_is_bad(request) or _form_is_bad(request):
            return bad_request_page(request)
        _drop_unsafe_next(request)
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, ProtectedError | RestrictedError):
            logger.warning("409 for %s: %s", request.path, exception)
            return in_use_page(request)
        if (
            _raised_reading_request_data(exception)
            or _raised_checking_an_unfilled_relation(exception)
            or _raised_hashing_a_signaling_nan(exception)
            or _raised_translating_search_filters(exception)
        ):
            logger.warning("400 for %s: %r", request.path, exception)
            raise BadRequest from exception
        if (
            _raised_converting_a_lookup_value(exception)
            or _raised_binding_a_huge_number(exception)
            or isinstance(exception, ObjectDoesNotExist)
        ):
            logger.warning("404 for %s: %r", request.path, exception)
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
