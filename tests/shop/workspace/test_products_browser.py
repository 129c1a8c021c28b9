"""A seller's products on a 360 px phone, in Debian's Chromium: add a product with
three photos, see net + VAT as the price is typed, reorder and describe the
photos, hide, duplicate and delete it. Every page passes axe-core and fits the
screen; the photo and quick-action buttons also work with JavaScript off.
"""

# The browser fixtures of tests/e2e/conftest.py are imported, so their names
# are used as test arguments.
# ruff: noqa: F401, F811

import re

import pytest
from oscar.core.loading import get_model
from PIL import Image
from playwright.sync_api import expect

from tests.e2e.axe import axe_violations, format_violations
from tests.e2e.conftest import browser, page_factory, shot, site
from tests.e2e.layout import assert_no_horizontal_scroll
from tests.factories import UserFactory
from tests.factories import shop as shop_factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")
PHONE = {"width": 360, "height": 740}
PASSWORD = "a-Long-pass-phrase-42"  # UserFactory's


def png(path, colour) -> str:
    Image.new("RGB", (120, 90), colour).save(path, format="PNG")
    return str(path)


def log_in(page, site_url: str, email: str, next_url: str) -> None:
    page.goto(f"{site_url}/es/accounts/login/?next={next_url}")
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button.button[type=submit]").click()
    expect(page).to_have_url(re.compile(re.escape(next_url)))


def check(page, tmp_path, name: str) -> None:
    page.wait_for_load_state("load")
    violations = axe_violations(page)
    assert not violations, format_violations(violations, page.url)
    assert_no_horizontal_scroll(page)
    shot(page, tmp_path, name)


def test_seller_manages_products_on_a_phone(site, page_factory, tmp_path):
    shop_factories.category("Cerámica")
    user = UserFactory(display_name="Ana Pérez", email="ana.products@example.org")
    partner = shop_factories.seller(user=user, name="Cerámica Ana", code="ana-e2e")
    Partner.objects.filter(pk=partner.pk).update(products_need_approval=False)

    page = page_factory(viewport=PHONE)
    log_in(page, site, user.email, "/es/shop/my-shop/products/")
    check(page, tmp_path, "01-empty-list")

    page.locator(".ws-head__actions a.button").click()
    expect(page).to_have_url(re.compile(r"/my-shop/products/new/"))
    page.locator("input[name=title]").fill("Taza de barro")
    page.locator("input[name=kind][value=product]").check()
    page.locator("select[name=category]").select_option(label="Cerámica")
    page.locator("textarea[name=description]").fill("Hecha a mano.\n\n- 300 ml")
    page.locator("input[name=price]").fill("12,10")
    expect(page.locator("[data-vat-preview]")).to_contain_text("10,00")
    expect(page.locator("[data-vat-preview]")).to_contain_text("2,10")
    page.locator("select[name=vat_rate]").select_option("10")
    expect(page.locator("[data-vat-preview]")).to_contain_text("11,00")
    page.locator("input[name=num_in_stock]").fill("4")
    page.locator("input[name=photos]").set_input_files(
        [
            png(tmp_path / "a.png", (200, 40, 40)),
            png(tmp_path / "b.png", (40, 200, 40)),
            png(tmp_path / "c.png", (40, 40, 200)),
        ]
    )
    check(page, tmp_path, "02-new-product")
    # Choosing "Service" hides the stock fields.
    page.locator("input[name=kind][value=service]").check()
    expect(page.locator("[data-stock-fields]")).to_be_hidden()
    page.locator("input[name=kind][value=product]").check()
    expect(page.locator("[data-stock-fields]")).to_be_visible()
    page.locator(".ws-products__form .form-actions button[type=submit]").click()

    expect(page).to_have_url(re.compile(r"/my-shop/products/\d+/$"))
    product = Product.objects.get(title="Taza de barro")
    assert product.images.count() == 3 and product.is_public
    check(page, tmp_path, "03-edit")

    # Move the last photo first, describe it, save.
    third = product.images.order_by("display_order")[2]
    page.locator(f"button[formaction$='/photos/{third.pk}/move/'][value=up]").click()
    page.locator(f"button[formaction$='/photos/{third.pk}/move/'][value=up]").click()
    expect(page).to_have_url(re.compile(r"#photos$"))
    assert product.primary_image().pk == third.pk
    page.locator(f"input[name=caption_{third.pk}]").fill("Taza azul, de frente")
    page.locator(".ws-products__form .form-actions button[type=submit]").click()
    expect(page.locator(".messages")).to_be_visible()
    third.refresh_from_db()
    assert third.caption == "Taza azul, de frente"

    # Back to the list: hide, then duplicate, then delete the copy.
    page.goto(f"{site}/es/shop/my-shop/products/")
    check(page, tmp_path, "04-list")
    page.locator("td.ws-products__actions form[action$='/visibility/'] button").click()
    product.refresh_from_db()
    assert not product.is_public
    page.locator("td.ws-products__actions form[action$='/duplicate/'] button").click()
    expect(page).to_have_url(re.compile(r"/my-shop/products/\d+/$"))
    copy = Product.objects.exclude(pk=product.pk).get()
    assert copy.images.count() == 3 and not copy.is_public
    page.locator(".ws-products__quick a.button--danger").click()
    check(page, tmp_path, "05-delete")
    page.locator("main form button.button--danger").click()
    expect(page).to_have_url(re.compile(r"/my-shop/products/$"))
    assert not Product.objects.filter(pk=copy.pk).exists()

    # On a desktop the list is a table, the form a single column.
    desk = page_factory()
    log_in(desk, site, user.email, "/es/shop/my-shop/products/?stock=low")
    check(desk, tmp_path, "07-desktop-list-filtered")
    desk.goto(f"{site}/es/shop/my-shop/products/")
    expect(desk.locator("table.ws-products__table thead")).to_be_visible()
    check(desk, tmp_path, "08-desktop-list")
    desk.goto(f"{site}/es/shop/my-shop/products/{product.pk}/")
    check(desk, tmp_path, "09-desktop-edit")

    # With JavaScript off the same buttons still work (plain forms).
    no_js = page_factory(viewport=PHONE, java_script_enabled=False)
    log_in(no_js, site, user.email, f"/es/shop/my-shop/products/{product.pk}/")
    second = product.images.order_by("display_order")[1]
    no_js.locator(
        f"button[formaction$='/photos/{second.pk}/move/'][value=down]"
    ).click()
    assert (
        list(product.images.order_by("display_order").values_list("pk", flat=True))[2]
        == second.pk
    )
    # (axe-core and the layout check run JavaScript, so not on this page.)
    shot(no_js, tmp_path, "06-no-js")
