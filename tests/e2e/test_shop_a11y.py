"""Every public shop page a buyer sees, in a real browser, on a 360 px phone
and on a desktop, in Spanish and in Portuguese: no axe-core violation, no
sideways scrolling, and none of Oscar's styles, jQuery or Bootstrap.

The buyer browses, adds items from two sellers, checks out as a guest, follows
the order from the thank-you page's link, and a signed-in buyer reads their
order pages. A screenshot of each page is saved under the test's tmp_path.
"""

import re

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from tests.e2e.axe import axe_violations, format_violations
from tests.e2e.conftest import log_in, shot
from tests.e2e.layout import assert_no_horizontal_scroll
from tests.factories import UserFactory
from tests.shop.browse.buyer_pages import (
    ADDRESS_ES,
    ADDRESS_PT,
    BUYER_EMAIL,
    catalogue_pages,
    marketplace,
)
from tests.shop.orders.conftest import basket_add, checkout

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}
# What public shop pages must never load (about 460 KB on every page before).
FORBIDDEN_ASSET = re.compile(r"/static/oscar/|jquery|bootstrap", re.IGNORECASE)
ASSETS_IN_DOM = """() => [...document.querySelectorAll('link[rel=stylesheet], script[src]')]
  .map(el => el.href || el.src)"""


class Checker:
    """Checks each page, keeps every problem, and fails once at the end."""

    def __init__(self, page, tmp_path, prefix: str):
        self.page = page
        self.tmp_path = tmp_path
        self.prefix = prefix
        self.count = 0
        self.problems: list[str] = []
        self.requested: list[str] = []
        page.on("request", lambda request: self.requested.append(request.url))

    def __call__(self, name: str) -> None:
        page = self.page
        page.wait_for_load_state("load")
        self.count += 1
        where = f"[{self.prefix} {name}] {page.url}"
        violations = axe_violations(page)
        if violations:
            self.problems.append(f"{where}\n{format_violations(violations)}")
        try:
            assert_no_horizontal_scroll(page)
        except AssertionError as exc:
            self.problems.append(f"{where}\n{exc}")
        loaded = [u for u in page.evaluate(ASSETS_IN_DOM) if FORBIDDEN_ASSET.search(u)]
        loaded += [u for u in self.requested if FORBIDDEN_ASSET.search(u)]
        if loaded or page.evaluate("() => 'jQuery' in window"):
            self.problems.append(
                f"{where}: loads Oscar's assets: {sorted(set(loaded))}"
            )
        self.requested.clear()
        shot(page, self.tmp_path, f"{self.prefix}-{self.count:02d}-{name}")

    def finish(self) -> None:
        report = "\n\n".join(self.problems)
        (self.tmp_path / f"{self.prefix}-problems.txt").write_text(report or "none")
        assert not self.problems, report


def _account_with_order(language: str, market):
    """A signed-in buyer with a placed order, made through the real checkout."""
    user = UserFactory(display_name="Rita Pires")
    client = Client(HTTP_ACCEPT_LANGUAGE=language)
    client.force_login(user)
    with translation.override(language):
        basket_add(client, market.honey, 2)
        response = checkout(client)
    assert response.status_code == 302
    return user, user.orders.get()


@pytest.mark.parametrize("language", ["es", "pt"])
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_buyer_pages_are_accessible_and_fit_the_screen(
    site, page_factory, tmp_path, language, viewport
):
    market = marketplace()
    account_user, account_order = _account_with_order(language, market)
    with translation.override(language):
        pages = catalogue_pages(market)
        order_list = reverse("customer:order-list")
        order_detail = reverse(
            "customer:order", kwargs={"order_number": account_order.number}
        )
    locale = "es-ES" if language == "es" else "pt-PT"
    page = page_factory(locale=locale, viewport=viewport)
    check = Checker(page, tmp_path, f"{language}-{viewport['width']}")

    # Browsing, before anything is in the basket.
    for name, path in pages:
        page.goto(site + path)
        check(name)

    # Two sellers' items in the basket, through the product pages' forms.
    for item in (market.mug, market.honey):
        page.goto(site + item.get_absolute_url())
        page.locator("#add_to_basket_form button[type=submit]").click()
    page.goto(f"{site}/{language}/shop/basket/")
    expect(page.locator(".seller-group")).to_have_count(2)
    check("basket")

    # Checkout as a guest.
    page.locator("main a[href$='/shop/checkout/']").first.click()
    check("gateway")
    page.locator("input[name=username]").fill(BUYER_EMAIL)
    guest = page.locator("input[name=options][value=anonymous]")
    if guest.count():
        guest.check()
    page.locator("main form:has(input[name=username]) button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/checkout/shipping-address/"))
    address = ADDRESS_ES if language == "es" else ADDRESS_PT
    expect(page.locator("#id_country")).to_have_value(address["country"])
    check("shipping-address")
    for field in ("first_name", "last_name", "line1", "line4", "postcode"):
        page.locator(f"#id_{field}").fill(address[field])
    page.locator("#new_shipping_address button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/checkout/shipping-method/"))
    check("shipping-method")
    page.locator("form[action$='/checkout/shipping-method/'] button").first.click()
    expect(page).to_have_url(re.compile(r"/checkout/payment-method/"))
    check("payment-method")
    page.locator("#method-pay-on-delivery").check()
    page.locator("#payment_method_form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/checkout/preview/"))
    check("preview")
    page.locator("#place-order").click()
    expect(page).to_have_url(re.compile(r"/checkout/thank-you/"))
    check("thank-you")

    # The guest follows the order with the thank-you page's link.
    page.locator(
        "main a[href*='/order-status/'], main a[href*='/anon-order/']"
    ).first.click()
    check("order-status-form")
    email_form = page.locator("main form:has(#id_email)")
    email_form.locator("#id_email").fill(BUYER_EMAIL)
    email_form.locator("button[type=submit]").click()
    expect(page.locator(".seller-group")).to_have_count(2)
    check("order-status")

    # A signed-in buyer's order pages.
    page.goto(f"{site}/{language}/accounts/login/?next={order_list}")
    log_in(page, account_user.email)
    expect(page).to_have_url(re.compile(re.escape(order_list)))
    check("account-orders")
    page.goto(site + order_detail)
    check("account-order")
    # Signed in, the product page has the review form (stars as radio buttons).
    page.goto(site + market.jug.get_absolute_url())
    expect(page.locator("#addreview")).to_be_visible()
    check("product-review-form")

    # Opening a shop (a seller's page, outside this check's axe scope): its
    # logo file input must not push a phone's page sideways either.
    with translation.override(language):
        page.goto(site + reverse("shop:shop-open"))
    try:
        assert_no_horizontal_scroll(page)
    except AssertionError as exc:
        check.problems.append(f"[{check.prefix} shop-open]\n{exc}")
    shot(page, tmp_path, f"{check.prefix}-99-shop-open")

    print("screenshots in", tmp_path)
    check.finish()
