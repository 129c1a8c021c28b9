"""Many people at once for the last seats, and two beats at once for the
reminders, on PostgreSQL's row locks."""

from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from events.registrations.models import Registration
from events.registrations.services import registration_cancel, registration_create
from events.tasks import reminders_send_task
from tests.concurrency import race
from tests.factories import UserFactory
from tests.factories.registrations import event_page, register

pytestmark = pytest.mark.django_db(transaction=True)

Status = Registration.Status


def test_32_people_for_the_last_3_seats_never_exceed_capacity(postgres):
    event = event_page(capacity=5)
    register(event), register(event)  # two seats already taken
    people = [UserFactory() for _ in range(32)]
    results = race(
        [lambda p=p: registration_create(event=event, person=p) for p in people]
    )
    assert not [r for r in results if isinstance(r, Exception)], results
    rows = Registration.objects.filter(event_key=event.translation_key)
    assert rows.filter(status=Status.CONFIRMED).count() == 5
    assert rows.filter(status=Status.WAITING).count() == 29
    # The queue is in the order the registrations were taken.
    waiting = list(rows.filter(status=Status.WAITING).order_by("created_at", "pk"))
    assert len({r.person_id for r in waiting}) == 29


def test_the_same_person_clicking_10_times_at_once_registers_once(postgres):
    event = event_page(capacity=5)
    person = UserFactory()
    results = race(
        [lambda: registration_create(event=event, person=person) for _ in range(10)]
    )
    assert sum(isinstance(r, Registration) for r in results) == 1
    assert Registration.objects.filter(person=person).count() == 1


def test_cancellations_racing_registrations_keep_capacity(postgres):
    event = event_page(capacity=3)
    seated = [register(event) for _ in range(3)]
    newcomers = [UserFactory() for _ in range(12)]
    calls = [lambda r=r: registration_cancel(registration=r) for r in seated]
    calls += [lambda p=p: registration_create(event=event, person=p) for p in newcomers]
    results = race(calls)
    assert not [r for r in results if isinstance(r, Exception)], results
    rows = Registration.objects.filter(event_key=event.translation_key)
    assert rows.filter(status=Status.CONFIRMED).count() == 3
    assert rows.filter(status=Status.WAITING).count() == 9


def test_two_beats_at_once_send_one_reminder_each(postgres):
    event = event_page(capacity=None)
    registrations = [register(event) for _ in range(6)]
    Registration.objects.update(created_at=timezone.now() - timedelta(days=5))
    event.start = timezone.now() + timedelta(hours=20)
    event.end = event.start + timedelta(hours=2)
    event.save_revision().publish()
    mail.outbox.clear()
    results = race([lambda: reminders_send_task.apply().result for _ in range(4)])
    assert all(isinstance(r, int) for r in results), [repr(r) for r in results]
    assert sum(results) == 6, results
    reminded = [
        m.to[0] for m in mail.outbox if "Mañana" in m.subject or "Tomorrow" in m.subject
    ]
    assert sorted(reminded) == sorted(r.person.email for r in registrations)
    assert not Registration.objects.filter(reminder_sent_at__isnull=True).exists()
    # And a later beat sends nothing more.
    assert reminders_send_task.apply().result == 0
