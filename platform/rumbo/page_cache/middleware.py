"""Serves and stores public pages for visitors who carry nothing personal.

It sits after CsrfViewMiddleware: a page comes out of the cache with the
visitor's own CSRF token in its forms (stored with a placeholder in its place),
and CsrfViewMiddleware then sets that visitor's cookie as usual. A page with
no such form (most: the footer's newsletter form needs no token) is also kept
compressed, and served as it is to browsers that accept gzip.
"""

import hashlib
import logging
import re
import time

from django.conf import settings
from django.core.cache import caches
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.middleware.gzip import re_accepts_gzip
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.http import http_date
from django.utils.text import compress_string

from rumbo.page_cache import conf
from rumbo.page_cache.compression import deflate_parts, gzip_joined
from rumbo.page_cache.tags import fresh, fresh_in, tag_keys, tags_of

logger = logging.getLogger(__name__)

PLACEHOLDER = b"__rumbo_csrf_token__"
_TOKEN_FIELD = re.compile(rb'(name="csrfmiddlewaretoken" value=")[^"]*(")')
# Anything else in a page that belongs to one visitor keeps it out.
_PER_VISITOR = re.compile(rb'\snonce="')
# Headers the stored page keeps (the rest are added on the way out by the
# middleware around this one, for every response).
_KEPT_HEADERS = ("Content-Type", "Content-Language", "Link")
# The tags each page carried when this process last served it: the page and
# its tags' purge times then come from the cache in one round trip, not two.
_tags_seen: dict[str, tuple[str, ...]] = {}
_TAGS_SEEN_MAX = 20_000


def _cookies_allowed() -> set[str]:
    """Cookies an anonymous visitor may carry and still get the shared page."""
    return {settings.CSRF_COOKIE_NAME, settings.LANGUAGE_COOKIE_NAME}


def _eligible(request) -> bool:
    return (
        conf.enabled()
        and request.method in ("GET", "HEAD")
        and set(request.COOKIES) <= _cookies_allowed()
        and "HTTP_AUTHORIZATION" not in request.META
    )


def _key(request) -> str:
    query = "&".join(sorted(request.META.get("QUERY_STRING", "").split("&")))
    raw = f"{request.get_host()}{request.path}?{query}"
    return "page-cache:page:" + hashlib.sha256(raw.encode()).hexdigest()


def _storable(request, response) -> bool:
    session = getattr(request, "session", None)
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not (session is not None and session.modified)
        and not any(d in cache_control for d in ("private", "no-store"))
        and not _PER_VISITOR.search(response.content)
    )


def compressed(entry: dict, token) -> bytes | None:
    """The stored page gzipped, with ``token()`` in its forms if it has any."""
    if "gzip" in entry:
        return entry["gzip"]
    if "gzip_parts" in entry:
        parts = entry["content"].split(PLACEHOLDER)
        return gzip_joined(parts, entry["gzip_parts"], token())
    return None


def _fresh_entry(cache, key: str):
    """The stored page, if nothing it shows was purged since it was stored."""
    hint = _tags_seen.get(key, ())
    found = cache.get_many([key, *tag_keys(hint)])
    entry = found.get(key)
    if entry is None:
        return None
    tags = tuple(entry["tags"])
    if tags != hint:
        if len(_tags_seen) >= _TAGS_SEEN_MAX:
            _tags_seen.clear()
        _tags_seen[key] = tags
        return entry if fresh(tags, entry["at"]) else None
    return entry if fresh_in(found, tags, entry["at"]) else None


def _headers(response, entry: dict, state: str, etag: str = "") -> HttpResponse:
    """Browsers revalidate every time and get a 304 while the page is
    unchanged (ConditionalGetMiddleware answers it)."""
    response["X-Page-Cache"] = state
    response["ETag"] = etag or entry["etag"]
    response["Last-Modified"] = http_date(entry["at"])
    patch_cache_control(response, no_cache=True)
    tag_header = getattr(settings, "PAGE_CACHE_TAG_HEADER", "")
    if tag_header:
        response[tag_header] = " ".join(entry["tags"])
    return response


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not _eligible(request):
            return self.get_response(request)
        cache = caches[conf.cache_alias()]
        key = _key(request)
        try:
            entry = _fresh_entry(cache, key)
            if entry is not None:
                return self._from_cache(request, entry)
        except Exception:  # noqa: BLE001  (a cache that is down is a miss)
            logger.warning("page cache unavailable", exc_info=True)
            return self.get_response(request)

        rendered_at = time.time()
        response = self.get_response(request)
        tags = tags_of(request)
        if tags is None or not _storable(request, response):
            return response
        content = _TOKEN_FIELD.sub(rb"\1" + PLACEHOLDER + rb"\2", response.content)
        digest = hashlib.md5(content, usedforsecurity=False).hexdigest()
        entry = {
            "content": content,
            "headers": {h: response[h] for h in _KEPT_HEADERS if h in response},
            "tags": sorted(tags),
            "at": rendered_at,
            "etag": f'"{digest}"',
        }
        if PLACEHOLDER not in content:
            # Nothing in it differs per visitor, so no compression-oracle
            # padding is needed either (GZipMiddleware adds some).
            entry["gzip"] = compress_string(content)
        else:
            entry["gzip_parts"] = deflate_parts(content.split(PLACEHOLDER))
        try:
            cache.set(key, entry, conf.timeout())
        except Exception:  # noqa: BLE001
            logger.warning("page cache unavailable", exc_info=True)
            return response
        return _headers(response, entry, "miss")

    def _from_cache(self, request, entry) -> HttpResponse:
        accepts_gzip = re_accepts_gzip.search(
            request.META.get("HTTP_ACCEPT_ENCODING", "")
        )
        zipped = accepts_gzip and compressed(entry, lambda: get_token(request).encode())
        if zipped:
            response = HttpResponse(zipped)
            for header, value in entry["headers"].items():
                response[header] = value
            response["Content-Encoding"] = "gzip"
            patch_vary_headers(response, ("Accept-Encoding",))
            # Weak, as GZipMiddleware makes the ETag of what it compresses.
            return _headers(response, entry, "hit", etag="W/" + entry["etag"])
        content = entry["content"]
        if PLACEHOLDER in content:
            content = content.replace(PLACEHOLDER, get_token(request).encode())
        response = HttpResponse(content)
        for header, value in entry["headers"].items():
            response[header] = value
        return _headers(response, entry, "hit")
