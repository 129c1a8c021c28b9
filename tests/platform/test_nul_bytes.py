"""Input no database can store is refused once, for every URL and form.

PostgreSQL refuses NUL characters in text (DataError, a 500) where SQLite
stores them, so `rumbo.middleware.RequestSanityMiddleware` answers 400, with
a short page in the visitor's language, before any view runs: for NUL in the
path, the query string or a posted field, and for percent-escapes that are not
UTF-8. These run on PostgreSQL in CI, where the 500s were.
"""

import json

import pytest
from django.test import RequestFactory
from django.utils import translation
from newsletters.models import Subscriber

from rumbo.middleware import RequestSanityMiddleware

pytestmark = pytest.mark.django_db

PATHS = [
    "/es/shop/sellers/%00/",
    "/es/shop/inquiries/%00/",
    "/es/newsletter/confirm/%00/",
    "/es/newsletter/unsubscribe/%00/",
    "/es/shop/wishlists/%00/",
    "/es/shop/accounts/alerts/confirm/%00/",
    "/es/shop/accounts/alerts/cancel/key/%00/",
    "/es/shop/accounts/orders/%00/",
    "/es/shop/my-shop/orders/%00/",
    "/es/shop/dashboard/orders/%00/",
    "/es/certificates/%00/",
    "/credentials/%00.json",
    "/es/cursos/%00/",
    "/es/%00/",
]
QUERIES = [
    "/es/shop/seller/statement/?order_number=%00",
    "/es/shop/my-shop/orders/?order_number=%00",
    "/es/shop/dashboard/orders/?order_number=%00",
    "/es/shop/catalogue/?q=%00",
    "/es/shop/search/?q=caf%C3%A9%00",
    "/es/cursos/?q=%00",
    "/es/mentors/?q=a%00b",
    "/es/?next=%00",
]


@pytest.fixture(params=["anonymous", "signed-in", "staff"])
def visitor(request, client, user, staff):
    if request.param == "signed-in":
        client.force_login(user)
    elif request.param == "staff":
        client.force_login(staff)
    return client


def _refused(response) -> bool:
    return response.status_code == 400 and "text/html" in response["Content-Type"]


@pytest.mark.parametrize("url", PATHS)
def test_nul_in_a_path_segment_answers_400(visitor, url):
    assert _refused(visitor.get(url))


@pytest.mark.parametrize("url", QUERIES)
def test_nul_in_a_query_parameter_answers_400(visitor, url):
    assert _refused(visitor.get(url))


@pytest.mark.parametrize("language", ["es", "pt", "en"])
def test_the_400_page_speaks_the_language_of_the_address(client, language):
    response = client.get(f"/{language}/shop/sellers/%00/")

    html = response.content.decode()
    with translation.override(language):
        title = translation.gettext("This address cannot be read")
    assert f'lang="{language}"' in html
    assert f"<h1>{title}</h1>" in html
    assert f'href="/{language}/"' in html
    assert response["Cache-Control"] == "no-store"


@pytest.mark.parametrize("multipart", [False, True], ids=["urlencoded", "multipart"])
def test_nul_in_a_posted_field_answers_400_and_saves_nothing(client, multipart):
    data = {"email": "ana\x00@example.org", "next": "/es/"}
    if multipart:
        response = client.post("/es/newsletter/subscribe/", data)
    else:
        response = client.post(
            "/es/newsletter/subscribe/",
            "email=ana%00%40example.org&next=%2Fes%2F",
            content_type="application/x-www-form-urlencoded",
        )

    assert _refused(response)
    assert not Subscriber.objects.exists()


def test_nul_in_a_field_name_answers_400(client, user):
    client.force_login(user)

    response = client.post("/es/accounts/profile/", {"display_name\x00": "Ana"})

    assert _refused(response)


def test_nul_escaped_in_a_json_body_answers_400(client):
    response = client.post(
        "/es/newsletter/subscribe/",
        json.dumps({"email": "a\u0000@example.org"}),
        content_type="application/json",
    )

    assert _refused(response)


@pytest.mark.parametrize(
    "url", ["/es/shop/catalogue/?q=%FF", "/es/?page=%C0%AF", "/es/?q=%ED%A0%80"]
)
def test_escapes_that_are_not_utf8_in_the_query_answer_400(client, url):
    assert _refused(client.get(url))


@pytest.mark.parametrize(
    "url",
    [
        "/es/shop/sellers/%FF%FE/",
        "/es/shop/inquiries/%C3%28/",
        "/es/newsletter/confirm/%ED%A0%80/",
        "/es/certificates/%FF/",
    ],
)
def test_escapes_that_are_not_utf8_in_the_path_find_nothing(client, url):
    # Django keeps them as the literal text "%FF": a harmless lookup.
    assert client.get(url).status_code == 404


def test_a_form_body_that_is_not_utf8_answers_400(client):
    response = client.post(
        "/es/newsletter/subscribe/",
        "email=ana%FF%40example.org",
        content_type="application/x-www-form-urlencoded",
    )

    assert _refused(response)
    assert not Subscriber.objects.exists()


def test_a_cookie_with_nul_is_ignored_rather_than_locking_the_visitor_out(client):
    response = client.get(
        "/es/", HTTP_COOKIE="sessionid=abcdefgh\x00ijkl; oscar_open_basket=1\x00"
    )

    assert response.status_code == 200


@pytest.mark.parametrize(
    "url",
    [
        "/es/shop/catalogue/?q=cer%C3%A1mica",
        "/pt/shop/sellers/?q=S%C3%A3o+Br%C3%A1s",
        "/en/courses/?q=%E2%82%AC+100%25",
    ],
)
def test_ordinary_text_passes(client, url):
    assert client.get(url).status_code == 200


def test_accented_text_in_a_form_passes(client, user):
    client.force_login(user)

    response = client.post(
        "/es/accounts/profile/",
        {"display_name": "Zoë Núñez", "preferred_language": "es", "country": "ES"},
    )

    assert response.status_code in (200, 302)
    user.refresh_from_db()
    assert response.status_code == 200 or user.display_name == "Zoë Núñez"


def test_a_lookup_value_its_field_cannot_hold_answers_404(staff):
    """A tampered id ("Infinity" where a number belongs) is a page that does
    not exist, wherever a view looks it up (Wagtail choosers, admin views)."""
    from django.contrib.auth import get_user_model

    def view(request):
        return get_user_model().objects.get(pk="Infinity")

    middleware = RequestSanityMiddleware(view)
    request = RequestFactory().get("/cms/learner_chooser/chosen/Infinity/")
    request.user = staff

    from django.http import Http404

    try:
        view(request)
    except ValueError as exc:
        with pytest.raises(Http404):
            middleware.process_exception(request, exc)
    else:  # pragma: no cover
        pytest.fail("the lookup should have been refused")


def test_other_errors_are_left_alone():
    middleware = RequestSanityMiddleware(lambda request: None)
    request = RequestFactory().get("/")

    try:
        int("Infinity")
    except ValueError as exc:
        assert middleware.process_exception(request, exc) is None


def test_the_chooser_with_a_tampered_id_is_not_a_500(client, staff):
    client.force_login(staff)

    response = client.get("/cms/newsletter_mentor_chooser/chosen/Infinity/")

    assert response.status_code in (302, 404)


def test_a_media_name_too_long_for_the_file_system_is_not_found(client):
    assert client.get("/media/" + "x" * 10_000, follow=True).status_code == 404


@pytest.mark.parametrize("language", ["es", "en"])
def test_a_product_id_of_thirty_digits_is_not_found(client, language):
    """SQLite cannot bind a number that big (OverflowError); PostgreSQL finds
    no row. Either way the page does not exist."""
    huge = "9" * 30

    for path in (
        f"/{language}/shop/catalogue/anything_{huge}/",
        f"/{language}/shop/catalogue/anything_{huge}/reviews/",
    ):
        assert client.get(path).status_code == 404
