"""Public pages answered from the page cache before Django's request handling
(rumbo.page_cache.wsgi), with the same headers, purges and revalidation."""

import gzip

import pytest
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.test import RequestFactory

from home.models import StandardPage
from rumbo.page_cache.wsgi import PageCacheApplication

pytestmark = pytest.mark.django_db

GZIP = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br"}


class Site:
    """The project's WSGI application, counting what reaches Django."""

    def __init__(self):
        self.django_calls = 0
        handler = WSGIHandler()

        def django(environ, start_response):
            self.django_calls += 1
            return handler(environ, start_response)

        self.application = PageCacheApplication(django)

    def get(self, path, **environ):
        answer = {}

        def start_response(status, headers, exc_info=None):
            answer["status"] = int(status.split()[0])
            answer["headers"] = dict(headers)

        # As Django's test client does: the test's transaction must survive
        # the request (the handler would close "old" connections).
        request_started.disconnect(close_old_connections)
        request_finished.disconnect(close_old_connections)
        try:
            body = b"".join(
                self.application(
                    RequestFactory()._base_environ(PATH_INFO=path, **environ),
                    start_response,
                )
            )
        finally:
            request_started.connect(close_old_connections)
            request_finished.connect(close_old_connections)
        return answer["status"], answer["headers"], body


def test_a_page_the_same_for_everyone_is_answered_before_django():
    site = Site()
    status, first, first_body = site.get("/es/about/", **GZIP)
    assert (status, first["X-Page-Cache"], site.django_calls) == (200, "miss", 1)

    status, again, body = site.get("/es/about/", **GZIP)

    assert site.django_calls == 1  # not asked again
    assert (status, again["X-Page-Cache"]) == (200, "hit")
    assert gzip.decompress(body) == gzip.decompress(first_body)
    for header in ("Content-Type", "Content-Language", "Vary", "Cache-Control"):
        assert again[header] == first[header], header
    assert "default-src 'self'" in again["Content-Security-Policy"]
    assert again["X-Content-Type-Options"] == "nosniff"
    assert again["ETag"].startswith('W/"')
    assert "Set-Cookie" not in again

    # Revalidation: unchanged, a 304 with no body, still without Django.
    status, _headers, body = site.get(
        "/es/about/", HTTP_IF_NONE_MATCH=again["ETag"], **GZIP
    )
    assert (status, body, site.django_calls) == (304, b"", 1)


def test_a_change_shows_on_the_next_request():
    site = Site()
    site.get("/es/about/", **GZIP)
    site.get("/es/about/", **GZIP)
    page = StandardPage.objects.get(
        url_path__endswith="/about/", locale__language_code="es"
    )
    page.title = "Quiénes somos"
    page.save_revision().publish()

    status, headers, body = site.get("/es/about/", **GZIP)

    assert site.django_calls == 2
    assert "Quiénes somos" in gzip.decompress(body).decode()


@pytest.mark.parametrize(
    "environ",
    [
        {"HTTP_COOKIE": "sessionid=abc"},
        {"HTTP_AUTHORIZATION": "Basic eDp5"},
        {"HTTP_ACCEPT_ENCODING": "identity"},
        {"REQUEST_METHOD": "POST"},
    ],
    ids=["session", "authorization", "no-gzip", "post"],
)
def test_anything_personal_or_different_goes_to_django(environ):
    site = Site()
    site.get("/es/about/", **GZIP)
    site.get("/es/about/", **GZIP)

    site.get("/es/about/", **{**GZIP, **environ})

    assert site.django_calls == 2


def test_a_page_with_a_form_gets_each_visitor_their_own_token_and_cookie():
    """Answered before Django too, with the visitor's own CSRF token put in
    the compressed page and their cookie set: both can add to the basket."""
    import re

    from django.test import Client
    from django.urls import reverse
    from django.utils import translation

    from tests.factories.shop import product, seller

    mug = product(seller(), title="Taza")
    url = mug.get_absolute_url()
    site = Site()
    site.get(url, **GZIP)  # Django answers, and the headers are learnt

    visitors = [site.get(url, **GZIP) for _visitor in range(2)]

    assert site.django_calls == 1
    tokens = []
    for status, headers, body in visitors:
        assert (status, headers["X-Page-Cache"]) == (200, "hit")
        html = gzip.decompress(body).decode()
        assert "__rumbo_csrf_token__" not in html
        tokens.append(re.search(r'csrfmiddlewaretoken" value="([^"]+)"', html)[1])
        assert headers["Set-Cookie"].startswith("csrftoken=")
    assert tokens[0] != tokens[1]
    with translation.override("es"):
        add = reverse("basket:add", kwargs={"pk": mug.pk})
    for (_status, headers, _body), token in zip(visitors, tokens, strict=True):
        browser = Client(enforce_csrf_checks=True)
        browser.cookies["csrftoken"] = headers["Set-Cookie"].split(";")[0].split("=")[1]
        added = browser.post(add, {"quantity": 1, "csrfmiddlewaretoken": token})
        assert added.status_code == 302
    # A visitor who has a CSRF cookie keeps its secret (Django sends it again
    # only to renew its expiry).
    cookie = visitors[0][1]["Set-Cookie"].split(";")[0]
    _status, headers, _body = site.get(url, HTTP_COOKIE=cookie, **GZIP)
    assert headers["Set-Cookie"].split(";")[0] == cookie


def test_plain_http_is_left_to_django_when_https_is_required(settings):
    """SecurityMiddleware redirects to HTTPS: a page learnt over HTTPS is not
    answered here over plain HTTP; and the headers are learnt per scheme."""
    settings.SECURE_SSL_REDIRECT = True
    https = {**GZIP, "wsgi.url_scheme": "https", "SERVER_PORT": "443"}
    site = Site()
    site.get("/es/about/", **https)
    status, headers, _body = site.get("/es/about/", **https)
    assert (status, headers["X-Page-Cache"], site.django_calls) == (200, "hit", 1)

    status, headers, _body = site.get("/es/about/", **GZIP)

    assert status == 301 and headers["Location"].startswith("https://")
    assert site.django_calls == 2


def test_what_the_stored_page_carries_comes_from_it_not_from_what_was_learnt(
    settings,
):
    settings.PAGE_CACHE_TAG_HEADER = "Cache-Tag"
    site = Site()
    _status, first, _body = site.get("/es/about/", **GZIP)
    _status, again, _body = site.get("/es/about/", **GZIP)

    assert site.django_calls == 1
    assert again["Cache-Tag"] == first["Cache-Tag"]
    assert "navigation" in again["Cache-Tag"].split()
    assert again["X-Frame-Options"] == first["X-Frame-Options"] == "SAMEORIGIN"
    assert again["Content-Type"] == first["Content-Type"]
