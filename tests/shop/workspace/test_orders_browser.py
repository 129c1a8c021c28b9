"""The workspace's orders and statement in a real browser, on a 360 px phone
and a desktop, in Spanish and Portuguese: a seller marks items paid, then
shipped with a carrier and tracking reference, and the guest buyer sees them.
No axe-core violation, no sideways scrolling, no script needed.

Screenshots of each page are saved under the test's tmp_path.
"""

import re
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from tests.e2e import conftest as e2e
from tests.e2e.conftest import log_in
from tests.factories.shop import product, seller
from tests.shop.orders.bulk import orders_bulk
from tests.shop.orders.conftest import basket_add, checkout
from tests.shop.workspace.helpers import page_check

# The browser fixtures of tests/e2e/conftest.py, for this test outside tests/e2e.
browser, page_factory, site = e2e.browser, e2e.page_factory, e2e.site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}
BUYER = "lucia@example.org"


def _orders():
    """Shop A's order from a guest (2 mugs of A, a honey of B), and 30 more of
    A's orders for the list's pages."""
    from oscar.core.loading import get_model

    Order = get_model("order", "Order")
    a = seller(name="Cerámica Ana")
    a.shipping_flat_rate = Decimal("4.90")
    a.save()
    b = seller(name="Miel Karim")
    client = Client()
    basket_add(client, product(a, title="Taza de barro", price="12.00"), 2)
    basket_add(client, product(b, title="Miel de romero", price="8.00"), 1)
    assert checkout(client, email=BUYER).status_code == 302
    order = Order.objects.get(guest_email=BUYER)
    orders_bulk(partner=a, n=30, other=b)
    return a, order


@pytest.mark.parametrize("language", ["es", "pt"])
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_a_seller_ships_an_order_from_their_phone(
    site, page_factory, tmp_path, language, viewport
):
    shop, order = _orders()
    with translation.override(language):
        orders_url = reverse("shop:ws-orders")
        order_url = reverse("shop:ws-order", kwargs={"number": order.number})
        statement_url = reverse("shop:ws-statement")
        status_url = reverse(
            "customer:anon-order",
            kwargs={"order_number": order.number, "hash": order.verification_hash()},
        )
    locale = "es-ES" if language == "es" else "pt-PT"
    page = page_factory(locale=locale, viewport=viewport)
    prefix = f"{language}-{viewport['width']}"
    problems: list[str] = []

    page.goto(f"{site}/{language}/accounts/login/?next={orders_url}")
    log_in(page, shop.users.get().email)
    expect(page).to_have_url(re.compile(re.escape(orders_url) + "$"))
    expect(page.locator("table.ws-orders tbody tr")).to_have_count(25)
    page_check(page, tmp_path, f"{prefix}-01-orders", problems)
    page.locator(".ws-pills a").nth(1).click()  # awaiting payment
    expect(page.locator(".ws-pills a[aria-current=page]")).to_have_count(1)
    page_check(page, tmp_path, f"{prefix}-02-orders-awaiting", problems)
    page.locator("input[name=number]").fill(order.number)
    page.locator("form.ws-filters button[type=submit]").click()
    expect(page.locator("table.ws-orders tbody tr")).to_have_count(1)
    page.locator(f"a[href='{order_url}']").first.click()

    # The order: only A's items; the address because A's mugs ship.
    expect(page.locator("body")).to_contain_text("Taza de barro")
    expect(page.locator("body")).not_to_contain_text("Miel de romero")
    expect(page.locator(".ws-order__address")).to_contain_text("Calle Real 5")
    page_check(page, tmp_path, f"{prefix}-03-order", problems)

    # Nothing chosen: told why, nothing moves.
    page.locator("input[name=lines]").uncheck()
    page.locator("button[name=new_status][value=Paid]").click()
    expect(page.locator(".form-errors")).to_be_visible()
    page_check(page, tmp_path, f"{prefix}-04-order-error", problems)

    page.locator("input[name=lines]").check()
    page.locator("button[name=new_status][value=Paid]").click()
    expect(page.locator(".messages")).to_be_visible()
    page.locator("input[name=carrier]").fill("Correos")
    page.locator("input[name=tracking_reference]").fill("PQ4B7X123ES")
    page_check(page, tmp_path, f"{prefix}-05-order-paid", problems)
    page.locator("button[name=new_status][value=Shipped]").click()
    expect(page.locator(".ws-order__items .badge[data-status=Shipped]")).to_have_count(
        1
    )
    expect(page.locator("input[name='tracking-tracking_reference']")).to_have_value(
        "PQ4B7X123ES"
    )
    page_check(page, tmp_path, f"{prefix}-06-order-shipped", problems)

    slip = page.context.request.get(
        site + page.locator("a[href$='packing-slip.pdf']").get_attribute("href")
    )
    assert slip.headers["content-type"] == "application/pdf"
    assert slip.body().startswith(b"%PDF")

    page.goto(site + statement_url)
    expect(page.locator("table.ws-months tbody tr").first).to_be_visible()
    page_check(page, tmp_path, f"{prefix}-07-statement", problems)
    page.goto(site + statement_url + "?date_from=2026-05-10&date_to=2026-05-01")
    expect(page.locator(".form-errors")).to_be_visible()
    page_check(page, tmp_path, f"{prefix}-08-statement-error", problems)

    # The guest buyer follows the order and sees A's carrier and reference.
    buyer = page_factory(locale=locale, viewport=viewport)
    buyer.goto(site + status_url)
    buyer.locator("#id_email").fill(BUYER)
    buyer.locator("form:has(#id_email) button[type=submit]").click()
    expect(buyer.locator(".seller-tracking")).to_contain_text("PQ4B7X123ES")
    expect(buyer.locator(".seller-tracking")).to_contain_text("Correos")
    page_check(buyer, tmp_path, f"{prefix}-09-buyer-status", problems)
    print("screenshots in", tmp_path)
    assert not problems, "\n\n".join(problems)
