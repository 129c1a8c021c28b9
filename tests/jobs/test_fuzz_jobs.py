"""The fuzz suite's walker on the jobs board only: odd input in every path,
query and form of /<lang>/jobs/ as each role, no 500, and nobody changes the
victim's offers, applications or messages (tests/fuzz does the whole site)."""

import os

import pytest

from tests.factories import UserFactory
from tests.factories import jobs as job_factories
from tests.fuzz.runner import Fuzzer
from tests.fuzz.snapshot import changes, snapshot
from tests.fuzz.world import World

pytestmark = [pytest.mark.django_db]

SECONDS = float(os.environ.get("FUZZ_SECONDS", "20"))
NON_STAFF = ["anonymous", "learner", "seller", "mentor"]


def _world() -> World:
    seller, shop, key = job_factories.shop_poster(UserFactory(display_name="Seller"))
    victim, victim_shop, victim_key = job_factories.shop_poster(
        UserFactory(display_name="Victim")
    )
    learner = UserFactory(display_name="Learner")
    own = job_factories.offer(poster_key=key, poster_name=shop.name, created_by=seller)
    victims = job_factories.offer(
        poster_key=victim_key, poster_name=victim_shop.name, created_by=victim
    )
    job_factories.offer(
        poster_key=victim_key, created_by=victim, status="pending", title="Pending"
    )
    mine = job_factories.application(
        offer=own, applicant=learner, cv=job_factories.pdf_upload()
    )
    job_factories.message(application=mine, author=seller, from_poster=True)
    # The victim applies to an outsider's offer: a role may legitimately
    # close its own offer, which the victim's application points to.
    outsider, outsider_shop, outsider_key = job_factories.shop_poster()
    elsewhere = job_factories.offer(poster_key=outsider_key, created_by=outsider)
    theirs = job_factories.application(offer=elsewhere, applicant=victim)
    job_factories.application(offer=own, applicant=UserFactory())
    job_factories.message(application=theirs, author=victim, from_poster=False)
    job_factories.application(offer=victims, applicant=UserFactory())
    return World(
        users={
            "anonymous": None,
            "learner": learner,
            "seller": seller,
            "mentor": UserFactory(display_name="Mentor"),
            "staff": UserFactory(is_staff=True, is_superuser=True),
        },
        victim=victim,
    )


def test_no_jobs_url_answers_500_and_nobody_changes_anothers_data(settings):
    settings.CELERY_TASK_ALWAYS_EAGER = True
    world = _world()
    fuzzer = Fuzzer(world, seed=20261205, seconds=SECONDS)
    fuzzer.routes = [r for r in fuzzer.routes if r.view.startswith("jobs.views")]
    fuzzer.site_routes = [r for r in fuzzer.routes if not r.is_admin]
    fuzzer.admin_routes = []
    assert len(fuzzer.site_routes) >= 12
    before = snapshot(world.victim)
    for _ in range(3):
        fuzzer.sweep(NON_STAFF)
    fuzzer.explore(NON_STAFF, SECONDS)
    changed = changes(before, snapshot(world.victim))
    print(
        f"\njobs fuzz: {fuzzer.stats.requests} requests, {dict(fuzzer.stats.statuses)}"
    )
    assert not fuzzer.failures, "\n\n".join(str(f) for f in fuzzer.failures[:5])
    assert not changed, changed
