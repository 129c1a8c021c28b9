"""The demo's registrations: small events full with a waiting list, past ones
with attendance, nothing twice on a second run, nothing without events."""

from datetime import timedelta

import pytest
from django.utils import timezone

from demo.accounts import demo_user_ensure
from demo.seeders import event_registrations
from events.registrations.models import Registration
from tests.factories.registrations import event_page

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _commit_hooks(monkeypatch):
    from django.db import transaction

    monkeypatch.setattr(
        transaction, "on_commit", lambda func, using=None, robust=False: func()
    )


def test_without_events_the_seeder_does_nothing():
    assert event_registrations.seed() is None


def test_seeds_waiting_lists_and_attendance_once():
    for name in ("ana", "karim", "grace", "joao"):
        demo_user_ensure(f"{name}@rumbo.example", display_name=name.title())
    for i in range(1, 10):
        demo_user_ensure(f"seller{i:02d}@rumbo.example")
    small = event_page(capacity=3)
    roomy = event_page(capacity=4, start=timezone.now() + timedelta(days=20))
    big = event_page(capacity=100)
    past = event_page(capacity=20)
    past.start = timezone.now() - timedelta(days=20)
    past.end = past.start + timedelta(hours=2)
    past.save()

    assert "Event registrations ready" in event_registrations.seed()
    count = Registration.objects.count()
    event_registrations.seed()
    assert Registration.objects.count() == count

    def rows(event, **kw):
        return Registration.objects.filter(event_key=event.translation_key, **kw)

    assert rows(small, status="confirmed").count() == 3
    assert rows(small, status="waiting").count() == 2
    # The next small one keeps two places for someone trying the demo.
    assert rows(roomy, status="confirmed").count() == 2
    assert not rows(roomy, status="waiting").exists()
    assert rows(big, status="waiting").count() == 0 and rows(big).count() >= 5
    assert rows(past, attended=True).exists() and rows(past, attended=False).exists()
