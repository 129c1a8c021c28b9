"""One migrated test database per run, cloned for each test process.

Migrating a fresh database takes most of a minute (Wagtail, Oscar); with
pytest-xdist, every worker doing it on two cores would cost more than running
in parallel saves. So the first process to take the lock migrates a template
database and builds what every test expects (``build``); every process then
clones it for itself, PostgreSQL with CREATE DATABASE ... TEMPLATE, SQLite by
copying the migrated file into the process's own in-memory database. Tests only
ever touch their clone, so the template stays as built: with ``--reuse-db`` it
is kept between runs and only new migrations are applied to it.

A test that commits (live server, real workers, concurrency) leaves its clone as
the template was, not flushed: Django's flush empties every table, runs
post_migrate again and leaves out what the data migrations and ``build`` made,
which each such test then had to rebuild (about 5 s a test on two busy cores).
Putting the template's rows back takes a fraction of that.
"""

import fcntl
import hashlib
import importlib
import os
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path

from django.conf import settings
from django.db import connections, transaction

ALIAS = "default"
REPO = Path(__file__).resolve().parents[1]


def _is_sqlite(connection) -> bool:
    return connection.vendor == "sqlite"


def _template_name(connection, run_dir: Path, keepdb: bool) -> str:
    if not _is_sqlite(connection):
        return connection.creation._get_test_db_name()  # test_<NAME>, as before
    if keepdb:
        # Kept between runs of this checkout (var/ is ignored by git).
        return str(REPO / "var" / "test-template.sqlite3")
    return str(run_dir / "template.sqlite3")


@contextmanager
def _locked(template: str, connection):
    """Held while a process builds or clones the template; runs sharing a
    template (same PostgreSQL database, or --reuse-db) queue up here too."""
    where = (
        f"{connection.settings_dict.get('HOST')}:{connection.settings_dict.get('PORT')}"
    )
    key = hashlib.sha1(f"{where}/{template}".encode()).hexdigest()[:16]
    path = Path(tempfile.gettempdir()) / f"rumbo-test-db-{key}.lock"
    with open(path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _template_build(connection, template: str, keepdb: bool, build, verbosity: int):
    if _is_sqlite(connection):
        Path(template).parent.mkdir(parents=True, exist_ok=True)
        connection.settings_dict["TEST"]["NAME"] = template
    connection.creation.create_test_db(
        verbosity=verbosity, autoclobber=True, serialize=False, keepdb=keepdb
    )
    build()
    connection.close()


def _clone(connection, template: str, worker: str, verbosity: int) -> None:
    """Point ``connection`` (and settings) at a fresh copy of the template."""
    connection.close()
    if _is_sqlite(connection):
        # Like Django's parallel runner: the file goes into an in-memory
        # database that lives as long as this process's connection.
        name = f"file:memorydb_{connection.alias}_{worker}?mode=memory&cache=shared"
        source = sqlite3.connect(f"file:{template}?mode=ro", uri=True)
        target = sqlite3.connect(name, uri=True)
        source.backup(target)
        source.close()
        connection.settings_dict["NAME"] = name
        connection.connect()
        target.close()
    else:
        connection.settings_dict["NAME"] = template
        connection.creation.clone_test_db(suffix=worker, verbosity=verbosity)
        name = connection.creation.get_test_db_clone_settings(worker)["NAME"]
        connection.settings_dict["NAME"] = name
    # Code that reads settings (e.g. the URL handed to a real Celery worker)
    # must see the clone too.
    settings.DATABASES[connection.alias]["NAME"] = name


class _Contents:
    """The clone's rows as the template has them, to put back after a test
    that commits (:func:`contents_restore`)."""

    def __init__(self, connection, template: str):
        self.template = template
        self.tables: list[str] = []
        self.rows: dict[str, bytes] = {}
        if _is_sqlite(connection):
            return  # SQLite copies the template file back whole.
        introspection = connection.introspection
        with connection.cursor() as cursor:
            self.tables = sorted(introspection.table_names(cursor))
            for table in self.tables:
                quoted = connection.ops.quote_name(table)
                cursor.execute(f"SELECT EXISTS (SELECT 1 FROM {quoted})")
                if cursor.fetchone()[0]:
                    with cursor.cursor.copy(f"COPY {quoted} TO STDOUT") as copy:
                        self.rows[table] = b"".join(bytes(block) for block in copy)

    def restore(self, connection) -> None:
        if _is_sqlite(connection):
            connection.ensure_connection()
            source = sqlite3.connect(f"file:{self.template}?mode=ro", uri=True)
            try:
                source.backup(connection.connection)
            finally:
                source.close()
            return
        quote = connection.ops.quote_name
        # DELETE, not TRUNCATE: on a few rows it is far cheaper than new files
        # for every table. Foreign keys are checked at commit, when every row
        # is back.
        with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL DEFERRED")
            for table in self.tables:
                cursor.execute(f"DELETE FROM {quote(table)}")
            for table, rows in self.rows.items():
                with cursor.cursor.copy(f"COPY {quote(table)} FROM STDIN") as copy:
                    copy.write(rows)


# This process's clone's contents, by database alias (a module's, not the
# connection's: a test may run with another DatabaseWrapper of that alias).
_contents: dict[str, _Contents] = {}


def contents_restore(connection) -> None:
    """Put the template's rows back in this process's clone, in place of
    Django's flush after a test that commits."""
    _contents[connection.alias].restore(connection)


def template_ensure(
    *, run_dir: Path, keepdb: bool, build: Callable[[], None], verbosity: int = 0
) -> str:
    """The template, built once per run: the marker in ``run_dir``, shared by
    the run's processes, says it is done. Returns its name."""
    connection = connections[ALIAS]
    template = _template_name(connection, run_dir, keepdb)
    built = run_dir / "template-built"
    with _locked(template, connection):
        if not built.exists():
            _template_build(connection, template, keepdb, build, verbosity)
            built.write_text(template)
    return template


def databases_setup(
    *,
    worker: str,
    run_dir: Path,
    keepdb: bool,
    build: Callable[[], None],
    verbosity: int = 0,
) -> str:
    """This process's database: a clone of the run's template, for ``worker``.
    Returns the original database name, for :func:`databases_teardown`."""
    connection = connections[ALIAS]
    original = connection.settings_dict["NAME"]
    template = template_ensure(
        run_dir=run_dir, keepdb=keepdb, build=build, verbosity=verbosity
    )
    with _locked(template, connection):
        _clone(connection, template, worker, verbosity)
    _contents[connection.alias] = _Contents(connection, template)
    return original


def databases_teardown(original: str, *, verbosity: int = 0) -> None:
    """Drop this process's clone, even with --reuse-db (the next run clones the
    template afresh); an in-memory SQLite one goes with the process anyway."""
    connection = connections[ALIAS]
    if not _is_sqlite(connection):
        # The live server's request threads may still hold a connection.
        with connection.creation._nodb_cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = %s AND pid <> pg_backend_pid()",
                [connection.settings_dict["NAME"]],
            )
    connection.creation.destroy_test_db(
        old_database_name=original, verbosity=verbosity, keepdb=False
    )


def template_drop(run_dir: Path, *, keepdb: bool) -> None:
    """At the end of a run: drop the template unless --reuse-db keeps it."""
    built = run_dir / "template-built"
    if keepdb or not built.exists():
        return
    template = built.read_text()
    connection = connections[ALIAS]
    if _is_sqlite(connection):
        Path(template).unlink(missing_ok=True)
        return
    connection.close()
    connection.creation._destroy_test_db(template, verbosity=0)


def run_dir_make() -> Path:
    return Path(tempfile.mkdtemp(prefix="rumbo-test-run-"))


def builder_start(run_dir: Path, *, keepdb: bool) -> subprocess.Popen:
    """The template built early, in a process of its own, while pytest-xdist
    starts its workers and they run the tests that need no database (they come
    first); a worker needing a database waits for it at the lock. If this
    process fails, the first worker to need the template builds it itself."""
    path = os.pathsep.join(
        filter(None, [str(REPO), str(REPO / "platform"), os.environ.get("PYTHONPATH")])
    )
    args = [sys.executable, "-m", "tests.db_template", str(run_dir)]
    with open(run_dir / "template.log", "w") as log:
        return subprocess.Popen(
            [*args, "--keepdb"] if keepdb else args,
            cwd=REPO,
            # No Redis: the cache the build touches would be a test worker's.
            env={**os.environ, "PYTHONPATH": path, "REDIS_URL": ""},
            stdout=log,
            stderr=subprocess.STDOUT,
        )


def builder_stop(builder: subprocess.Popen) -> None:
    """At the end of the run; still building means no test needed a database."""
    if builder.poll() is None:
        builder.terminate()
    builder.wait()


def _test_modules_import() -> None:
    """Import what collecting the suite imports. Some of it registers models
    (Oscar's test factories: Band, Member) that migrate's run_syncdb then gives
    tables, as it does when a test process builds the template after
    collecting; the template must have them too."""
    for path in sorted((REPO / "tests").rglob("*.py")):
        if path.name == "conftest.py" or path.name.startswith("test_"):
            try:
                importlib.import_module(
                    ".".join(path.relative_to(REPO).with_suffix("").parts)
                )
            except Exception:  # noqa: BLE001  (collection reports it)
                pass


def _main(argv: list[str]) -> None:
    import django
    from django.test.utils import setup_test_environment

    django.setup()
    setup_test_environment()
    _test_modules_import()
    from tests.conftest import _site_tree_build

    template_ensure(
        run_dir=Path(argv[0]), keepdb="--keepdb" in argv, build=_site_tree_build
    )


if __name__ == "__main__":
    _main(sys.argv[1:])
