"""Fixtures shared by the whole suite."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.test import TransactionTestCase

from tests import db_template
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


def _kind(item) -> int:
    """pytest-django's order: 0 in a rolled-back transaction, 1 flushes the
    database (transactional, live server), 2 no database."""
    from pytest_django.plugin import validate_django_db

    names = getattr(item, "fixturenames", ())
    marker = item.get_closest_marker("django_db")
    if (marker and any(validate_django_db(marker)[:2])) or (
        "transactional_db" in names or "live_server" in names
    ):
        return 1
    return 0 if marker or "db" in names else 2


# Measured with --durations (a minute or more on two busy cores): started
# first, so that the run does not end waiting on them. Ordering only; a stale
# entry costs nothing.
_LONG = (
    "tests/platform/test_admin_sites.py::test_seed_demo",
    "tests/demo/",
    "tests/courses/test_catalogue.py::test_catalogue_runs",
    "tests/shop/workspace/test_orders_list.py",
    "tests/shop/workspace/test_statement.py",
    "tests/courses/test_reports.py",
    "tests/platform/test_proxy_ip.py",
    "tests/platform/test_production_settings.py",
    "tests/platform/test_layout.py",
    "tests/e2e/",
)


def _cost(item) -> int:
    """A rough rank of how long a test takes."""
    if item.get_closest_marker("fuzz"):
        return 3
    names = getattr(item, "fixturenames", ())
    if "start_worker" in names or "mail_worker" in names:  # real Celery workers
        return 2
    if item.nodeid.startswith(_LONG) or item.get_closest_marker("browser"):
        return 2
    return 1 if _kind(item) == 1 else 0  # live server, browser


# Tests without a database first: they run while the template database is
# built (tests/db_template.py). Tests that commit leave the template's rows
# behind them (see django_db_setup), so after that they mix with the rolled-back
# ones, longest first.
_RANK = {2: 0, 0: 1, 1: 1}


def _shares_fixtures(item) -> bool:
    """Uses a module- or class-scoped fixture of ours (plugins' have no
    baseid), e.g. a catalogue seeded once."""
    info = getattr(item, "_fixtureinfo", None)
    defs = [d[-1] for d in info.name2fixturedefs.values() if d] if info else []
    return any(d.baseid and d.scope in ("module", "class") for d in defs)


def _groups_mark(items) -> None:
    """With --dist loadgroup, a module whose tests share a module-scoped
    fixture runs in one worker, which sets it up once (--dist load would
    spread its tests and set it up again and again). Not a module with tests
    that flush the database: a group runs as one block."""
    modules: dict = {}
    for item in items:
        modules.setdefault(item.nodeid.split("::")[0], []).append(item)
    for module, tests in modules.items():
        kinds = {_kind(item) for item in tests}
        if len(tests) > 1 and 1 not in kinds:
            if any(_shares_fixtures(item) for item in tests):
                for item in tests:
                    item.add_marker(pytest.mark.xdist_group(module))


@pytest.hookimpl(wrapper=True)
def pytest_collection_modifyitems(items):
    # Before pytest-xdist reads the groups; after pytest-django's ordering.
    _groups_mark(items)
    yield
    # Each pytest-xdist worker gets its share in this order. Within each kind
    # the longest start first, so that parallel workers do not end the run
    # waiting on one of them. A stable sort: every worker must collect the
    # same order.
    items.sort(key=lambda item: (_RANK[_kind(item)], -_cost(item)))


def _site_tree_build():
    """The demo's site tree in three languages (home, about, privacy and the
    course catalogue), built once per run into the template database that
    every test's database is cloned from (tests/db_template.py). It runs in
    one test process: whatever it writes outside the database (e.g. media
    files) the other processes will not see."""
    from demo.seeders.site import site_tree_ensure

    site_tree_ensure()


_RUN_DIR = pytest.StashKey[Path]()
_BUILDER = pytest.StashKey[subprocess.Popen]()


def _keepdb(config) -> bool:
    return bool(config.getvalue("reuse_db") and not config.getvalue("create_db"))


@pytest.hookimpl(optionalhook=True)
def pytest_configure_node(node):
    """pytest-xdist, in the main process: one directory shared by the run's
    workers, where they find the template database, which starts building now."""
    config = node.config
    if _RUN_DIR not in config.stash:
        run_dir = db_template.run_dir_make()
        config.stash[_RUN_DIR] = run_dir
        config.stash[_BUILDER] = db_template.builder_start(
            run_dir, keepdb=_keepdb(config)
        )
    node.workerinput["rumbo_run_dir"] = str(config.stash[_RUN_DIR])


def pytest_sessionfinish(session):
    config = session.config
    if _RUN_DIR not in config.stash:  # not the xdist main process
        return
    from pytest_django.plugin import blocking_manager_key

    run_dir = config.stash[_RUN_DIR]
    db_template.builder_stop(config.stash[_BUILDER])
    with config.stash[blocking_manager_key].unblock():
        db_template.template_drop(run_dir, keepdb=_keepdb(config))
    shutil.rmtree(run_dir, ignore_errors=True)


def _contents_restore(test_case) -> None:
    from django.db import connections

    for alias in test_case._databases_names(include_mirrors=False):
        db_template.contents_restore(connections[alias])


@pytest.fixture(scope="session")
def django_db_setup(request, django_test_environment, django_db_blocker):
    """Each test process's own database, a clone of the run's template
    (migrated, with the site tree), built once per run."""
    import modelsearch.backends.database as search_backends

    config = request.config
    workerinput = getattr(config, "workerinput", {})
    worker = workerinput.get("workerid", "main")
    own_run = "rumbo_run_dir" not in workerinput
    run_dir = (
        db_template.run_dir_make() if own_run else Path(workerinput["rumbo_run_dir"])
    )
    keepdb = _keepdb(config)
    verbosity = config.option.verbose
    search_backends.USE_SQLITE_FTS = None
    with django_db_blocker.unblock():
        original = db_template.databases_setup(
            worker=worker,
            run_dir=run_dir,
            keepdb=keepdb,
            build=_site_tree_build,
            verbosity=verbosity,
        )
    # modelsearch decides once per process whether SQLite has its full-text
    # table; the first search may have run before the migration made it.
    search_backends.USE_SQLITE_FTS = None
    # After a test that commits, the template's rows come back instead of
    # Django's flush, which empties every table (see tests/db_template.py).
    patch = pytest.MonkeyPatch()
    patch.setattr(TransactionTestCase, "_fixture_teardown", _contents_restore)
    yield
    patch.undo()
    with django_db_blocker.unblock():
        try:
            db_template.databases_teardown(original, verbosity=verbosity)
            if own_run:
                db_template.template_drop(run_dir, keepdb=keepdb)
        except Exception as exc:  # noqa: BLE001  (as pytest-django's own)
            request.node.warn(
                pytest.PytestWarning(f"Could not drop the test database: {exc!r}")
            )
    if own_run:
        shutil.rmtree(run_dir, ignore_errors=True)


@pytest.fixture(autouse=True)
def _default_language():
    # A request to /pt/ or /en/ leaves that language active in this thread;
    # the next test must start from the default one.
    from django.utils import translation

    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _renders_counted(request):
    """A test counting a page's queries counts its rendering: a second visit
    would otherwise come from the public page cache (rumbo.page_cache)."""
    counting = {"django_assert_num_queries", "django_assert_max_num_queries"}
    if counting.isdisjoint(request.fixturenames):
        yield
        return
    from django.test import override_settings

    with override_settings(PAGE_CACHE_ENABLED=False):
        yield


@pytest.fixture(autouse=True)
def _clear_cache():
    # Rate-limit counters and Wagtail's site cache live here; tests must not
    # see each other's.
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def postgres():
    """For tests of row locks and races: PostgreSQL, or skipped (failed when
    REQUIRE_SERVICES=1)."""
    if "postgresql" not in settings.DATABASES["default"]["ENGINE"]:
        if REQUIRE_SERVICES:
            pytest.fail("the concurrency test needs PostgreSQL")
        pytest.skip("row locks need PostgreSQL (set DATABASE_URL)")


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
