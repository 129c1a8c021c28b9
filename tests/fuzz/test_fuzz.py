"""No URL answers 500 to any input, and nobody changes another user's data.

Walks every URL pattern of the project (Django's resolver: our apps, Oscar's,
Wagtail's admin and pages, Django's admin) as each role, with odd values in
every path and query parameter, and posts odd values into every form it finds
(missing fields, wrong types, NUL, tampered management forms, other users'
ids). New URLs are covered without editing this file.

Seeded and bounded in time so CI stays fast and a failure can be replayed:
FUZZ_SEED (default below) and FUZZ_SECONDS (default 60) change them, e.g.
``FUZZ_SEED=7 FUZZ_SECONDS=600 pytest tests/fuzz``. The summary (requests,
statuses, patterns reached) is printed at the end of the run.
"""

import os

import pytest

from tests.fuzz import conftest as fuzz_conftest
from tests.fuzz.runner import Fuzzer, settings_summary
from tests.fuzz.snapshot import changes, snapshot
from tests.fuzz.world import world_build

pytestmark = [pytest.mark.django_db, pytest.mark.fuzz]

SEED = int(os.environ.get("FUZZ_SEED", "20261205"))
SECONDS = float(os.environ.get("FUZZ_SECONDS", "60"))
NON_STAFF = ["anonymous", "learner", "seller", "mentor"]


def test_no_url_answers_500_and_nobody_changes_anothers_data(settings, tmp_path):
    # Celery's eager tasks run inside the request, as in the embedded default.
    settings.CELERY_TASK_ALWAYS_EAGER = True
    world = world_build()
    fuzzer = Fuzzer(world, seed=SEED, seconds=SECONDS)
    before = snapshot(world.victim)

    # Every site pattern once, then random requests and forms as each role;
    # staff last, since staff may legitimately change anyone's data.
    fuzzer.sweep(NON_STAFF)
    fuzzer.explore(NON_STAFF, SECONDS * 0.6, admin_share=0.05)
    changed = changes(before, snapshot(world.victim))
    fuzzer.explore(["staff"], SECONDS * 0.25, admin_share=0.5)

    stats = fuzzer.stats
    statuses = ", ".join(f"{code}: {n}" for code, n in sorted(stats.statuses.items()))
    summary = [
        f"seed {SEED}, {settings_summary()}, budget {SECONDS:.0f} s",
        f"{stats.requests} requests ({dict(stats.methods)}) in {stats.seconds:.1f} s",
        f"statuses: {statuses}",
        f"URL patterns reached: {len(stats.routes)} of {len(fuzzer.routes)}",
        f"responses 500: {len(fuzzer.failures)}",
        f"another user's rows watched: {len(before)}, changed: {len(changed)}",
    ]
    fuzz_conftest.RESULTS[:] = summary
    print("\n".join(summary))
    report = tmp_path / "fuzz-failures.txt"
    report.write_text("\n\n".join(str(f) for f in fuzzer.failures))

    assert not fuzzer.failures, (
        f"{len(fuzzer.failures)} requests failed (seed {SEED}; all in {report}):\n\n"
        + "\n\n".join(str(f) for f in fuzzer.failures[:15])
    )
    assert not changed, "another user's data changed:\n" + "\n".join(changed[:30])
