"""Browser journeys: Debian's Chromium driven by Playwright against live_server.

No browser is ever downloaded: the system Chromium (or CHROMIUM_PATH) is used,
and the tests are skipped without it, unless REQUIRE_SERVICES=1.
"""

import os
import re
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

# Playwright's sync API runs an event loop in this thread; Django would
# otherwise refuse ORM calls made from the test body.
os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

REQUIRE_SERVICES = os.environ.get("REQUIRE_SERVICES") == "1"
CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", "[::1]"}


def _skip_or_fail(reason: str):
    if REQUIRE_SERVICES:
        pytest.fail(reason)
    pytest.skip(reason)


# One Playwright and one Chromium per test process. Test modules outside
# tests/e2e import these fixtures, which gives each module its own "session"
# fixture; a second sync_playwright() while the first runs would fail, so
# they all share this one, closed when the run ends.
_shared: dict = {}


@pytest.fixture(scope="session")
def browser(request):
    if not (os.path.isfile(CHROMIUM_PATH) and os.access(CHROMIUM_PATH, os.X_OK)):
        if not shutil.which(CHROMIUM_PATH):
            _skip_or_fail(f"no Chromium at {CHROMIUM_PATH}")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _skip_or_fail("playwright is not installed")

    if "browser" not in _shared:
        playwright = sync_playwright().start()
        _shared["playwright"] = playwright
        _shared["browser"] = playwright.chromium.launch(
            executable_path=CHROMIUM_PATH, args=CHROMIUM_ARGS, headless=True
        )

        def close():
            _shared.pop("browser").close()
            _shared.pop("playwright").stop()

        request.config.add_cleanup(close)
    return _shared["browser"]


def _is_local(url: str) -> bool:
    parts = urlsplit(url)
    if parts.scheme in {"data", "blob", "about", "chrome", "chrome-error"}:
        return True
    return (parts.hostname or "") in LOCAL_HOSTS


# Wagtail's editor saves a draft as the editor types (WAGTAIL_AUTOSAVE_INTERVAL);
# a form still half filled in is refused with a 400, which the browser logs.
WAGTAIL_EDITOR = re.compile(r"/cms/pages/(add/[^/]+/[^/]+/\d+|\d+/edit)/$")


def _autosave_refused(url: str, message) -> bool:
    return bool(WAGTAIL_EDITOR.search(urlsplit(url).path)) and (
        "status of 400" in message.text
    )


@pytest.fixture
def page_factory(browser):
    """New pages in fresh contexts; each records console errors and requests
    that leave this machine, and the test fails at teardown if there were any
    (the "no CDN" guarantee)."""
    contexts = []
    problems: list[str] = []

    def make(locale: str = "es-ES", viewport=None, **kwargs):
        context = browser.new_context(
            locale=locale,
            viewport=viewport or {"width": 1280, "height": 900},
            accept_downloads=True,
            **kwargs,
        )
        contexts.append(context)

        def on_request(request):
            if not _is_local(request.url):
                problems.append(f"external request: {request.method} {request.url}")

        def on_request_failed(request):
            if not _is_local(request.url):
                problems.append(f"external request failed: {request.url}")

        context.on("request", on_request)
        context.on("requestfailed", on_request_failed)
        page = context.new_page()

        def on_console(message):
            if message.type == "error" and not _autosave_refused(page.url, message):
                problems.append(f"console error on {page.url}: {message.text}")

        page.on("console", on_console)
        page.on("pageerror", lambda exc: problems.append(f"page error: {exc}"))
        page.set_default_timeout(15_000)
        return page

    make.problems = problems
    yield make
    for context in contexts:
        context.close()
    assert not problems, "\n".join(problems)


@pytest.fixture
def page(page_factory):
    """A desktop page (1280x900) with a Spanish-speaking browser."""
    return page_factory()


@pytest.fixture
def site(live_server):
    """The live server's base URL. Its database holds what the template has
    (the three-language site tree, the data migrations' rows), also after
    another test that committed (tests/db_template.py)."""
    return live_server.url


PASSWORD = "a-Long-pass-phrase-42"  # UserFactory's


def log_in(page, email: str) -> None:
    """Fill and send the log-in form the page is showing."""
    page.locator("input[name=login]").fill(email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()


def shot(page, tmp_path: Path, name: str) -> Path:
    """A full-page screenshot under tmp_path; returns its path."""
    path = Path(tmp_path) / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path
