"""Fixtures shared by the whole suite."""

import os

import pytest
from django.conf import settings

from tests.factories import UserFactory

REQUIRE_SERVICES = os.environ.get("REQUIRE_SERVICES") == "1"


def pytest_configure(config):
    if REQUIRE_SERVICES:
        engine = settings.DATABASES["default"]["ENGINE"]
        if "postgresql" not in engine:
            raise pytest.UsageError(
                "REQUIRE_SERVICES=1 needs DATABASE_URL set to PostgreSQL"
            )
        if not settings.REDIS_URL:
            raise pytest.UsageError("REQUIRE_SERVICES=1 needs REDIS_URL")


def pytest_collection_modifyitems(items):
    # Browser journeys flush the database (live server), so they run last.
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The site tree in three languages, built once and shared by every test."""
    import modelsearch.backends.database as search_backends

    from home.services import site_tree_ensure

    # modelsearch decides once per process whether SQLite has its full-text
    # table; the first search may have run before the migration made it.
    search_backends.USE_SQLITE_FTS = None
    with django_db_blocker.unblock():
        site_tree_ensure()


@pytest.fixture(autouse=True)
def _default_language():
    # A request to /pt/ or /en/ leaves that language active in this thread;
    # the next test must start from the default one.
    from django.utils import translation

    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _clear_cache():
    # Rate-limit counters and Wagtail's site cache live here; tests must not
    # see each other's.
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def redis_url() -> str:
    """The real Redis to test against; skipped without one unless CI requires it."""
    import redis

    url = settings.REDIS_URL or os.environ.get("REDIS_URL", "")
    if not url:
        if REQUIRE_SERVICES:
            pytest.fail("REDIS_URL is required")
        pytest.skip("no REDIS_URL")
    try:
        redis.Redis.from_url(url, socket_connect_timeout=2).ping()
    except redis.RedisError as exc:
        if REQUIRE_SERVICES:
            pytest.fail(f"Redis at {url} is down: {exc}")
        pytest.skip(f"Redis at {url} is down")
    return url


@pytest.fixture
def smtp():
    """A real local SMTP server; yields (port, inbox)."""
    from tests.mail import smtp_server

    controller, inbox = smtp_server()
    yield controller.port, inbox
    controller.stop()


@pytest.fixture
def password() -> str:
    return "a-Long-pass-phrase-42"


@pytest.fixture
def user(db, password):
    return UserFactory(password=password)


@pytest.fixture
def other_user(db, password):
    return UserFactory(password=password)


@pytest.fixture
def staff(db, password):
    return UserFactory(password=password, is_staff=True, is_superuser=True)
