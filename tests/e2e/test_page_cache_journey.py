"""Two visitors on a cached product page, in a real browser: the second gets
the page from the cache, both add to their own basket, and an editor's change
shows on the next visit."""

import pytest
from playwright.sync_api import expect

from tests.e2e.axe import assert_no_axe_violations
from tests.e2e.conftest import shot
from tests.e2e.layout import assert_no_horizontal_scroll
from tests.factories.shop import product, seller

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 360, "height": 740}


def test_two_visitors_buy_from_a_cached_page_and_see_a_change_at_once(
    site, page_factory, tmp_path
):
    shop = seller(name="Cerámica Lola")
    mug = product(shop, title="Taza de barro", price="12.00")
    url = site + mug.get_absolute_url()

    first = page_factory(viewport=PHONE)
    assert first.goto(url).headers["x-page-cache"] == "miss"
    second = page_factory(locale="pt-PT")
    assert second.goto(url).headers["x-page-cache"] == "hit"
    assert_no_axe_violations(second)
    assert_no_horizontal_scroll(first)

    for n, visitor in enumerate((second, first)):
        visitor.locator("#add_to_basket_form button[type=submit]").click()
        expect(visitor.locator("main")).to_contain_text("Taza de barro")
        visitor.goto(f"{site}/es/shop/basket/")
        expect(visitor.locator(".seller-group")).to_have_count(1)
        shot(visitor, tmp_path, f"{n + 1}-basket")

    # The seller renames it: a new visitor sees the new name at once.
    mug.title = "Taza de barro rojo"
    mug.save()
    third = page_factory(viewport=PHONE)
    response = third.goto(url)
    assert response.headers["x-page-cache"] == "miss"
    expect(third.locator("h1")).to_have_text("Taza de barro rojo")
    shot(third, tmp_path, "3-renamed")
    print("screenshots in", tmp_path)
