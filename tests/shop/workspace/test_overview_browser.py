"""The overview, shop settings, questions, team and trader pages in a real
browser: on a 360 px phone and a desktop, in Spanish and Portuguese, with the
demo data: no axe-core violation, no sideways scrolling, no script needed.

Screenshots of each page are saved under the test's tmp_path.
"""

import re

import pytest
from django.urls import reverse
from django.utils import translation
from playwright.sync_api import expect

from tests.e2e import conftest as e2e
from tests.e2e.conftest import PASSWORD, log_in
from tests.shop.workspace.helpers import page_check

# The browser fixtures of tests/e2e/conftest.py, for this test outside tests/e2e.
browser, page_factory, site = e2e.browser, e2e.page_factory, e2e.site

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 360, "height": 740}
DESKTOP = {"width": 1280, "height": 900}


@pytest.mark.parametrize(
    "email, language",
    [("seller01@rumbo.example", "es"), ("ana@rumbo.example", "pt")],
    ids=["es", "pt"],
)
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_workspace_pages_are_accessible_and_fit_the_screen(
    site, page_factory, tmp_path, email, language, viewport
):
    from demo.seeders.shop import shop_seed
    from shop.models import Inquiry
    from users.models import User

    shop_seed(images=False)
    seller = User.objects.get(email=email)
    seller.set_password(PASSWORD)
    seller.save()
    shop = seller.partners.get()
    with translation.override(language):
        urls = {
            "overview": reverse("shop:my-shop"),
            "overview-year": reverse("shop:my-shop") + "?period=year",
            "overview-error": reverse("shop:my-shop")
            + "?date_from=2026-05-10&date_to=2026-05-01",
            "settings": reverse("shop:ws-settings"),
            "profile": reverse("shop:shop-edit", args=["place"]),
            "questions": reverse("shop:ws-inquiries"),
            "question": reverse(
                "shop:ws-inquiry",
                args=[Inquiry.objects.filter(partner=shop).first().pk],
            ),
            "team": reverse("shop:team"),
            "trader": reverse("shop:trader"),
        }
    locale = "es-ES" if language == "es" else "pt-PT"
    page = page_factory(locale=locale, viewport=viewport)
    prefix = f"{language}-{viewport['width']}"
    problems: list[str] = []
    page.goto(f"{site}/{language}/accounts/login/?next={urls['overview']}")
    log_in(page, email)
    expect(page).to_have_url(re.compile(re.escape(urls["overview"]) + "$"))
    expect(page.locator(".ws-chart svg[role=img]")).to_be_visible()
    for name, url in urls.items():
        page.goto(site + url)
        page_check(page, tmp_path, f"{prefix}-{name}", problems)

    # Settings with errors, then holiday mode on: the storefront says so.
    page.goto(site + urls["settings"])
    page.locator("input[name=shipping_flat_rate]").fill("-3")
    page.locator("form.ws-form button[type=submit]").click()
    expect(page.locator(".field--error")).to_have_count(1)
    page_check(page, tmp_path, f"{prefix}-settings-error", problems)
    page.locator("input[name=shipping_flat_rate]").fill("4.50")
    page.locator("input[name=on_holiday]").check()
    page.locator("textarea[name=holiday_message]").fill("De vacaciones hasta el lunes.")
    page.locator("form.ws-form button[type=submit]").click()
    expect(page.locator(".messages")).to_be_visible()
    page.goto(site + shop.get_absolute_url())
    expect(page.locator(".storefront__holiday")).to_contain_text(
        "De vacaciones hasta el lunes."
    )
    page_check(page, tmp_path, f"{prefix}-storefront-holiday", problems)
    print("screenshots in", tmp_path)
    assert not problems, "\n\n".join(problems)
