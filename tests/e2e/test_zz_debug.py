import pytest
from tests.e2e.conftest import shot
from tests.factories import UserFactory
from tests.factories.newsletters import campaign

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

def test_dbg(site, browser, settings, tmp_path):
    settings.WAGTAIL_ENABLE_UPDATE_CHECK = False
    staff = UserFactory(is_staff=True, is_superuser=True)
    camp = campaign()
    ctx = browser.new_context(locale="en-GB")
    page = ctx.new_page()
    page.on("console", lambda m: print("CONSOLE", m.type, m.location, m.text[:100]))
    page.on("response", lambda r: print("RESP", r.status, r.url, r.headers.get("content-security-policy")))
    page.goto(site + "/es/accounts/login/?next=/cms/")
    page.locator("input[name=login]").fill(staff.email)
    page.locator("input[name=password]").fill("a-Long-pass-phrase-42")
    page.locator("main form button[type=submit]").click()
    page.wait_for_url("**/cms/")
    page.goto(site + f"/cms/snippets/newsletters/campaign/edit/{camp.pk}/")
    page.locator("button[data-side-panel-toggle=preview]").click()
    page.wait_for_timeout(3000)
    print(page.locator("[data-side-panel=preview]").inner_html()[:3000])
    shot(page, tmp_path, "dbg")
    print(tmp_path)
