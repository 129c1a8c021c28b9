"""Every cookie the site sets carries SameSite (and Secure in production).

Oscar's basket cookie had no SameSite; the language cookie set by
/i18n/setlang/ had no flags, and no page used that endpoint, so it is gone.
"""

from pathlib import Path

import pytest
from django.test import override_settings

from tests.factories import shop as shop_factories

pytestmark = pytest.mark.django_db

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def product():
    return shop_factories.product(shop_factories.seller(), price="9.00")


def _basket_cookie(client, product):
    response = client.post(f"/es/shop/basket/add/{product.pk}/", {"quantity": 1})
    assert response.status_code == 302
    return response.cookies["oscar_open_basket"]


def test_the_basket_cookie_is_samesite_lax_and_http_only(client, product):
    cookie = _basket_cookie(client, product)

    assert cookie["samesite"] == "Lax"
    assert cookie["httponly"]


def test_in_production_the_basket_cookie_is_secure(client, product):
    with override_settings(SESSION_COOKIE_SECURE=True, OSCAR_BASKET_COOKIE_SECURE=True):
        cookie = _basket_cookie(client, product)

    assert cookie["secure"]
    assert cookie["samesite"] == "Lax"


def test_every_cookie_of_a_visit_has_samesite(client, user, password, product):
    responses = [
        client.get("/es/"),
        client.post("/es/accounts/login/", {"login": user.email, "password": password}),
        client.post(f"/es/shop/basket/add/{product.pk}/", {"quantity": 1}),
        client.get(product.get_absolute_url()),
        client.post("/es/accounts/logout/"),
    ]

    cookies = [c for r in responses for c in r.cookies.values()]
    assert cookies
    assert [c.key for c in cookies if c["samesite"] not in ("Lax", "Strict")] == []


def test_the_language_cookie_endpoint_is_gone(client):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/"})

    assert response.status_code in (302, 404)
    assert "django_language" not in response.cookies
    if response.status_code == 302:  # the language redirect, then not found
        assert client.get(response["Location"]).status_code == 404


def test_no_template_uses_the_language_cookie_endpoint():
    found = [
        str(path.relative_to(REPO))
        for folder in ("platform", "courses", "shop", "mentoring")
        for path in (REPO / folder).rglob("*.html")
        if "set_language" in path.read_text(errors="replace")
        or "/i18n/" in path.read_text(errors="replace")
    ]

    assert found == []


def test_the_language_cookie_would_be_flagged(settings):
    assert settings.LANGUAGE_COOKIE_HTTPONLY is True
    assert settings.LANGUAGE_COOKIE_SAMESITE == "Lax"
