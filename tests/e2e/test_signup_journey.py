"""A newcomer's first visit, in a real browser: language, sign-up, email
confirmation, log-in, the account area, the data export and log-out."""

import json
import re
import time
from importlib import import_module
from urllib.parse import urlsplit

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.core import mail
from playwright.sync_api import expect

from tests.e2e.conftest import shot
from tests.factories import UserFactory
from users.models import User

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NAME = "Amina Diallo"
EMAIL = "amina.e2e@example.org"
PASSWORD = "a-Long-pass-phrase-42"


def header(page):
    return page.locator("header.site-header")


def language_link(page, code: str):
    return header(page).locator(f'nav.language-nav a[hreflang="{code}"]')


def confirmation_path(body: str) -> str:
    url = re.search(r"https?://\S+/accounts/confirm-email/\S+/", body).group(0)
    return urlsplit(url).path


def mail_for(email: str, timeout: float = 5.0):
    """The messages sent to `email` (sent in the live server's thread)."""
    deadline = time.monotonic() + timeout
    while True:
        messages = [m for m in mail.outbox if email in m.to]
        if messages or time.monotonic() > deadline:
            return messages
        time.sleep(0.1)


def test_newcomer_signs_up_confirms_logs_in_and_takes_their_data(
    site, page_factory, tmp_path
):
    shots = []
    page = page_factory(locale="pt-PT")

    # A Portuguese-speaking browser lands on the Portuguese home page.
    page.goto(site + "/")
    expect(page).to_have_url(re.compile(r"/pt/$"))
    expect(page.locator("html")).to_have_attribute("lang", "pt")
    shots.append(shot(page, tmp_path, "01-home-pt"))

    # The switcher keeps the visitor on the same page, in Spanish.
    expect(language_link(page, "pt")).to_have_attribute("aria-current", "true")
    language_link(page, "es").click()
    expect(page).to_have_url(re.compile(r"/es/$"))
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(language_link(page, "es")).to_have_attribute("aria-current", "true")

    # Sign-up, from the header.
    header(page).locator('nav.account-nav a[href$="/accounts/signup/"]').click()
    expect(page).to_have_url(re.compile(r"/es/accounts/signup/$"))
    # On a non-Wagtail page too the switcher keeps the page.
    language_link(page, "pt").click()
    expect(page).to_have_url(re.compile(r"/pt/accounts/signup/$"))
    language_link(page, "es").click()
    expect(page).to_have_url(re.compile(r"/es/accounts/signup/$"))
    shots.append(shot(page, tmp_path, "02-signup-es"))

    form = page.locator("main form").filter(has=page.locator("input[name=email]"))
    form.locator("input[name=display_name]").fill(NAME)
    form.locator("input[name=email]").fill(EMAIL)
    form.locator("input[name=password1]").fill(PASSWORD)
    form.locator("input[name=password2]").fill(PASSWORD)
    shots.append(shot(page, tmp_path, "03-signup-filled"))
    form.locator("button[type=submit]").click()

    expect(page).to_have_url(re.compile(r"/es/accounts/confirm-email/$"))
    expect(page.locator("html")).to_have_attribute("lang", "es")
    shots.append(shot(page, tmp_path, "04-verify-your-email"))

    user = User.objects.get(email=EMAIL)
    assert user.display_name == NAME
    assert user.preferred_language == "es"

    # The confirmation link arrives by email (Celery runs eagerly, on commit,
    # in the live server's thread).
    messages = mail_for(EMAIL)
    assert len(messages) == 1, [m.to for m in mail.outbox]
    link = confirmation_path(messages[0].body)
    assert link.startswith("/es/accounts/confirm-email/")

    # Not yet confirmed: logging in does not get the visitor in.
    page.goto(site + "/es/accounts/login/")
    page.locator("input[name=login]").fill(EMAIL)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    page.wait_for_load_state()
    assert "_auth_user_id" not in _session_of(page)

    page.goto(site + link)
    shots.append(shot(page, tmp_path, "05-confirm-email"))
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/es/accounts/login/"))
    assert EmailAddress.objects.get(email=EMAIL).verified

    # Log in with email and password.
    page.locator("input[name=login]").fill(EMAIL)
    page.locator("input[name=password]").fill(PASSWORD)
    shots.append(shot(page, tmp_path, "06-login"))
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/es/accounts/$"))

    # The account area greets them and has a section per part of the platform.
    page.goto(site + "/es/accounts/")
    expect(page.locator("html")).to_have_attribute("lang", "es")
    expect(page.get_by_role("heading", level=1)).to_contain_text(NAME)
    for section in ("courses", "shop", "mentoring", "newsletter", "data"):
        expect(page.locator(f"section#{section}")).to_be_visible()
        expect(page.locator(f"section#{section} h2")).not_to_be_empty()
    expect(page.locator("main")).to_contain_text(EMAIL)
    expect(
        header(page).locator('nav.account-nav a[href$="/accounts/"]')
    ).to_be_visible()
    shots.append(shot(page, tmp_path, "07-account-area"))

    # "Your data": a JSON download with what we hold, the email included.
    with page.expect_download() as download_info:
        page.locator('section#data a[href$="/accounts/data/"]').click()
    download = download_info.value
    assert download.suggested_filename.endswith(".json")
    exported = download.path().read_text(encoding="utf-8")
    data = json.loads(exported)
    assert EMAIL in exported
    assert data

    # Log out from the header.
    header(page).locator('nav.account-nav form button[type="submit"]').click()
    page.wait_for_load_state()
    expect(
        header(page).locator('nav.account-nav a[href*="/accounts/login/"]')
    ).to_be_visible()
    assert "_auth_user_id" not in _session_of(page)
    page.goto(site + "/es/accounts/")
    expect(page).to_have_url(re.compile(r"/es/accounts/login/\?next="))
    shots.append(shot(page, tmp_path, "08-logged-out"))

    print("\nscreenshots:")
    for path in shots:
        print(f"  {path}")


def test_wrong_password_shows_an_error_and_does_not_log_in(
    site, page, tmp_path, password
):
    user = UserFactory(password=password)
    EmailAddress.objects.update_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )

    page.goto(site + "/es/accounts/login/")
    expect(page.locator("html")).to_have_attribute("lang", "es")
    page.locator("input[name=login]").fill(user.email)
    page.locator("input[name=password]").fill(password + "-wrong")
    page.locator("main form button[type=submit]").click()

    expect(page).to_have_url(re.compile(r"/es/accounts/login/"))
    error = page.locator("main form").locator(
        ".errorlist, .field--error, [role=alert], .alert, .form-errors"
    )
    expect(error.first).to_be_visible()
    expect(error.first).not_to_be_empty()
    assert "_auth_user_id" not in _session_of(page)
    expect(
        header(page).locator('nav.account-nav a[href*="/accounts/login/"]')
    ).to_be_visible()
    path = shot(page, tmp_path, "wrong-password")
    print(f"\nscreenshot: {path}")


def test_on_a_phone_the_menu_button_opens_the_navigation(site, page_factory, tmp_path):
    page = page_factory(
        viewport={"width": 390, "height": 844},
        device_scale_factor=1,
        is_mobile=True,
        has_touch=True,
    )
    page.goto(site + "/es/")
    toggle = header(page).locator("button.menu-toggle")
    menu = page.locator("#site-menu")
    expect(toggle).to_be_visible()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(menu.locator("nav.main-nav")).to_be_hidden()
    closed = shot(page, tmp_path, "phone-menu-closed")

    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(menu.locator("nav.main-nav")).to_be_visible()
    expect(menu.locator('nav.account-nav a[href$="/accounts/signup/"]')).to_be_visible()
    expect(language_link(page, "pt")).to_be_visible()
    opened = shot(page, tmp_path, "phone-menu-open")

    assert _sideways_overflow(page) <= 0, "the home page is wider than the phone"

    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(menu.locator("nav.main-nav")).to_be_hidden()

    # The sign-up form fits the phone too.
    page.goto(site + "/es/accounts/signup/")
    expect(page.locator("main input[name=email]")).to_be_visible()
    assert _sideways_overflow(page) <= 0, "the sign-up page is wider than the phone"
    signup = shot(page, tmp_path, "phone-signup")
    print(f"\nscreenshots:\n  {closed}\n  {opened}\n  {signup}")


def _sideways_overflow(page) -> int:
    """How many pixels the page sticks out sideways."""
    return page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


def _session_of(page) -> dict:
    """The Django session behind the browser's cookie ({} when none)."""

    cookies = {c["name"]: c["value"] for c in page.context.cookies()}
    key = cookies.get(settings.SESSION_COOKIE_NAME)
    if not key:
        return {}
    store = import_module(settings.SESSION_ENGINE).SessionStore(key)
    return dict(store.load())
