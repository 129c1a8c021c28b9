"""Cached public pages answered before Django, as WhiteNoise answers files.

The middleware (rumbo.page_cache.middleware) stores public pages and serves
them from inside Django's middleware stack. Once this process has seen Django
answer a stored page compressed, and so knows the headers the whole stack adds
to it (security, CSP, Vary, framing), it answers the next requests for it
here, with the same single cache read and none of Django's request handling.
A page with forms gets the visitor's own CSRF token and cookie from Django's
CSRF middleware, as inside the stack. A purge shows at once, as in the
middleware: the page and its tags' purge times are read on every request.
Anything else goes to Django.
"""

from django.conf import settings
from django.core.cache import caches
from django.core.handlers.wsgi import WSGIRequest
from django.http import HttpResponse
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.middleware.gzip import re_accepts_gzip
from django.utils.http import http_date

from rumbo.page_cache import conf
from rumbo.page_cache.middleware import _eligible, _fresh_entry, _key, compressed

# Not learnt: set for each answer. (What the stored page carries itself, such
# as its type, and its tags, which may change when it is stored again, also
# come from it; the CSRF cookie, the only cookie a stored page's answer sets,
# is made again for each visitor here.)
_PER_RESPONSE = {
    "etag",
    "last-modified",
    "content-length",
    "x-page-cache",
    "set-cookie",
}
# What Django's stack added to each page this process served: (page key, over
# HTTPS) -> headers. Bounded like the middleware's tags memo.
_learnt: dict[tuple[str, bool], list[tuple[str, str]]] = {}
_LEARNT_MAX = 20_000


def _tag_header() -> str:
    return getattr(settings, "PAGE_CACHE_TAG_HEADER", "")


class PageCacheApplication:
    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        request, key = self._request_key(environ)
        if key is None:
            return self.application(environ, start_response)
        # Learnt per scheme: SecurityMiddleware adds HSTS over HTTPS only.
        learnt = (key, request.is_secure())
        headers = _learnt.get(learnt)
        try:
            entry = _fresh_entry(caches[conf.cache_alias()], key) if headers else None
        except Exception:  # noqa: BLE001  (the middleware logs it and goes on)
            entry = None
        if entry is None or not ("gzip" in entry or "gzip_parts" in entry):
            return self._learn(learnt, environ, start_response)
        etag = "W/" + entry["etag"]
        stored = {name.lower() for name in entry["headers"]}
        headers = [
            *((name, value) for name, value in headers if name.lower() not in stored),
            *entry["headers"].items(),
            *([(_tag_header(), " ".join(entry["tags"]))] if _tag_header() else []),
            ("ETag", etag),
            ("Last-Modified", http_date(entry["at"])),
            ("X-Page-Cache", "hit"),
        ]
        if environ.get("HTTP_IF_NONE_MATCH") == etag:
            start_response("304 Not Modified", headers)
            return [b""]
        csrf = CsrfViewMiddleware(lambda request: None)
        csrf.process_request(request)
        body = compressed(entry, lambda: get_token(request).encode())
        # The visitor's CSRF cookie, if the page gave them a new token.
        cookies = csrf.process_response(request, HttpResponse()).cookies
        headers += [("Set-Cookie", c.OutputString()) for c in cookies.values()]
        start_response("200 OK", [*headers, ("Content-Length", str(len(body)))])
        return [b"" if environ["REQUEST_METHOD"] == "HEAD" else body]

    def _request_key(self, environ):
        """The request and its page's cache key, for a request that may get
        the shared, compressed page; no key for any other."""
        if environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
            return None, None
        if not re_accepts_gzip.search(environ.get("HTTP_ACCEPT_ENCODING", "")):
            return None, None
        if "HTTP_IF_MODIFIED_SINCE" in environ:
            return None, None  # Django's ConditionalGetMiddleware knows the rules
        try:
            request = WSGIRequest(environ)
            if settings.SECURE_SSL_REDIRECT and not request.is_secure():
                return None, None  # SecurityMiddleware sends it to HTTPS
            return request, (_key(request) if _eligible(request) else None)
        except Exception:  # noqa: BLE001  (a bad host or path: Django says so)
            return None, None

    def _learn(self, learnt, environ, start_response):
        """Let Django answer, and remember the headers of a public page it
        served compressed."""

        def learning_start_response(status, headers, exc_info=None):
            names = {name.lower(): value for name, value in headers}
            if (
                status.startswith("200")
                and names.get("x-page-cache") in ("hit", "miss")
                and names.get("content-encoding") == "gzip"
            ):
                if len(_learnt) >= _LEARNT_MAX:
                    _learnt.clear()
                skipped = _PER_RESPONSE | {_tag_header().lower()}
                _learnt[learnt] = [
                    (name, value)
                    for name, value in headers
                    if name.lower() not in skipped
                ]
            return start_response(status, headers, exc_info)

        return self.application(environ, learning_start_response)
