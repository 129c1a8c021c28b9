"""Oscar's pages Rumbo does not use are switched off, not left half-working.

Wish lists, stock alerts, order line pages, the address book, email history,
notifications and Oscar's own account pages (profile, password change, profile
deletion) are gone; the names Oscar's code still reverses lead to Rumbo's own
account area and allauth. What is kept (order history, guests' order status,
the product page of an item out of stock) still works.
"""

import re
from pathlib import Path

import pytest
from django.urls import NoReverseMatch, reverse

from tests.factories import shop as shop_factories
from tests.fuzz import patterns

pytestmark = pytest.mark.django_db

REPO = Path(__file__).resolve().parents[2]
GONE = [
    "/es/shop/wishlists/abc/",
    "/es/shop/accounts/wishlists/",
    "/es/shop/accounts/wishlists/create/",
    "/es/shop/accounts/wishlists/create/with-product/999999/",
    "/es/shop/accounts/wishlists/abc/",
    "/es/shop/accounts/alerts/",
    "/es/shop/accounts/alerts/create/1/",
    "/es/shop/accounts/alerts/confirm/abc/",
    "/es/shop/accounts/alerts/cancel/key/abc/",
    "/es/shop/accounts/alerts/cancel/1/",
    "/es/shop/accounts/orders/100001/1/",
    "/es/shop/accounts/addresses/",
    "/es/shop/accounts/addresses/add/",
    "/es/shop/accounts/emails/",
    "/es/shop/accounts/notifications/inbox/",
    "/es/shop/accounts/profile/edit/",
    "/es/shop/accounts/profile/delete/",
]
GONE_NAMES = [
    "wishlists:detail",
    "customer:wishlists-list",
    "customer:wishlists-add-product",
    "customer:wishlists-create-with-product",
    "customer:alerts-list",
    "customer:alert-create",
    "customer:alerts-confirm",
    "customer:alerts-cancel-by-key",
    "customer:order-line",
    "customer:address-list",
    "customer:email-list",
    "customer:notifications-inbox",
    "customer:profile-update",
    "customer:profile-delete",
]
REDIRECTED = [
    ("/es/shop/accounts/", "/es/accounts/"),
    ("/es/shop/accounts/profile/", "/es/accounts/profile/"),
    ("/es/shop/accounts/change-password/", "/es/accounts/password/change/"),
    ("/es/shop/accounts/login/", "/es/accounts/login/"),
    ("/es/shop/accounts/register/", "/es/accounts/signup/"),
]


@pytest.mark.parametrize("url", GONE)
def test_unused_oscar_pages_are_gone(client, user, url):
    client.force_login(user)

    response = client.get(url, follow=True)

    assert response.status_code == 404


@pytest.mark.parametrize("name", GONE_NAMES)
def test_unused_oscar_url_names_no_longer_exist(name):
    with pytest.raises(NoReverseMatch):
        reverse(name, kwargs=_kwargs_for(name))


def _kwargs_for(name):
    if name in ("wishlists:detail",):
        return {"key": "abc"}
    if name == "customer:order-line":
        return {"order_number": "1", "line_id": 1}
    if name in ("customer:alert-create", "customer:wishlists-create-with-product"):
        return {"pk": 1} if "alert" in name else {"product_pk": 1}
    if name in ("customer:alerts-confirm", "customer:alerts-cancel-by-key"):
        return {"key": "abc"}
    if name == "customer:wishlists-add-product":
        return {"product_pk": 1}
    return {}


@pytest.mark.parametrize("url, target", REDIRECTED)
def test_oscars_account_pages_lead_to_ours(client, user, url, target):
    client.force_login(user)

    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"] == target


def test_no_template_or_module_of_ours_names_a_removed_url():
    pattern = re.compile(
        r"""["'](wishlists:[\w-]+|customer:(wishlists|alert|address|email|"""
        r"""notifications|order-line|profile-update|profile-delete)[\w-]*)["']"""
    )
    found = []
    for folder in ("platform", "courses", "shop", "mentoring"):
        for path in (REPO / folder).rglob("*"):
            if (
                path.suffix in (".html", ".py", ".txt")
                and "migrations" not in path.parts
            ):
                for match in pattern.finditer(path.read_text(errors="replace")):
                    found.append(f"{path.relative_to(REPO)}: {match.group(1)}")
    assert found == []


def test_a_product_out_of_stock_shows_its_page_without_an_alert_form(client):
    item = shop_factories.product(shop_factories.seller(), stock=0)

    response = client.get(item.get_absolute_url())

    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="alert_form"' not in html
    assert 'id="add_to_basket_form"' not in html


def test_order_history_and_an_order_still_show(client, user):
    from tests.shop.orders.conftest import basket_add, checkout

    client.force_login(user)
    basket_add(client, shop_factories.product(shop_factories.seller()))
    assert checkout(client).status_code == 302
    order = user.orders.get()

    history = client.get("/es/shop/accounts/orders/")
    detail = client.get(f"/es/shop/accounts/orders/{order.number}/")

    assert history.status_code == detail.status_code == 200
    assert order.number in history.content.decode()
    assert 'href="/es/accounts/"' in detail.content.decode()


def test_the_shops_url_patterns_hold_none_of_the_removed_pages():
    shop = [r.label for r in patterns.routes() if r.label.startswith("<lang>/shop/")]

    assert shop
    assert [
        label
        for label in shop
        if re.search(
            r"wishlists|accounts/(alerts|addresses|emails|notifications)", label
        )
        or re.search(r"orders/<str:order_number>/<int:line_id>", label)
    ] == []
