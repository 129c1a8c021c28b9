"""Registering, the waiting list, cancelling and promotion, and each refusal."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from events.registrations.models import Registration
from events.registrations.selectors import seats_for, waiting_position
from events.registrations.services import (
    registration_cancel,
    registration_create,
)
from tests.factories import UserFactory
from tests.factories.registrations import event_page, register, translate

pytestmark = pytest.mark.django_db(transaction=False)

Status = Registration.Status


@pytest.fixture(autouse=True)
def _in_english():
    # The refusals are matched by their English words.
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def _commit_hooks(monkeypatch):
    """The test's transaction never commits: run what waits for the commit
    (the email tasks) at once."""
    from django.db import transaction

    monkeypatch.setattr(
        transaction, "on_commit", lambda func, using=None, robust=False: func()
    )


def test_first_people_get_seats_and_the_rest_wait_in_order():
    event = event_page(capacity=2)
    people = [register(event) for _ in range(4)]
    assert [r.status for r in people] == [
        Status.CONFIRMED,
        Status.CONFIRMED,
        Status.WAITING,
        Status.WAITING,
    ]
    assert [waiting_position(r) for r in people[2:]] == [1, 2]
    seats = seats_for(event)
    assert (seats.confirmed, seats.waiting, seats.left, seats.full) == (2, 2, 0, True)


def test_no_capacity_means_no_limit():
    event = event_page(capacity=None)
    assert all(register(event).status == Status.CONFIRMED for _ in range(5))
    assert seats_for(event).left is None


def test_cancelling_a_seat_promotes_the_first_waiting_and_emails_them():
    event = event_page(capacity=1)
    first, second, third = (register(event) for _ in range(3))
    mail.outbox.clear()
    registration_cancel(registration=first, person=first.person)
    second.refresh_from_db()
    third.refresh_from_db()
    assert second.status == Status.CONFIRMED and second.promoted_at is not None
    assert third.status == Status.WAITING and waiting_position(third) == 1
    assert [m.to for m in mail.outbox] == [[second.person.email]]
    assert mail.outbox[0].attachments[0][0] == "event.ics"


def test_leaving_the_waiting_list_promotes_nobody():
    event = event_page(capacity=1)
    first, second, third = (register(event) for _ in range(3))
    registration_cancel(registration=second)
    third.refresh_from_db()
    assert third.status == Status.WAITING and waiting_position(third) == 1


def test_cancelling_twice_changes_nothing():
    event = event_page(capacity=1)
    first, _second = register(event), register(event)
    registration_cancel(registration=first)
    again = registration_cancel(registration=first)
    assert again.status == Status.CANCELLED
    assert Registration.objects.filter(status=Status.CONFIRMED).count() == 1


def test_someone_else_cannot_cancel_your_registration():
    registration = register(event_page())
    with pytest.raises(PermissionDenied):
        registration_cancel(registration=registration, person=UserFactory())
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED


def test_a_second_registration_is_refused_in_any_language():
    event = event_page()
    person = UserFactory()
    register(event, person)
    with pytest.raises(ValidationError, match="already registered"):
        register(event, person)
    portuguese = translate(event, "pt")
    with pytest.raises(ValidationError, match="already registered"):
        register(portuguese, person)
    assert Registration.objects.count() == 1


def test_a_second_registration_from_the_waiting_list_is_refused():
    event = event_page(capacity=1)
    register(event)
    person = UserFactory()
    register(event, person)
    with pytest.raises(ValidationError, match="waiting list"):
        register(event, person)
    assert Registration.objects.filter(person=person).count() == 1


def test_translations_share_the_seats():
    event = event_page(capacity=1)
    portuguese = translate(event, "pt")
    assert register(event).status == Status.CONFIRMED
    assert register(portuguese).status == Status.WAITING


def test_registration_after_the_deadline_is_refused():
    event = event_page(registration_deadline=timezone.now() - timedelta(minutes=1))
    with pytest.raises(ValidationError, match="closed"):
        register(event)
    assert not Registration.objects.exists()


def test_registration_for_a_cancelled_event_is_refused():
    event = event_page(cancelled=True)
    with pytest.raises(ValidationError, match="cancelled"):
        register(event)
    assert not Registration.objects.exists()


def test_registration_for_a_past_event_is_refused():
    start = timezone.now() - timedelta(days=2)
    event = event_page(start=start)
    with pytest.raises(ValidationError, match="already started"):
        register(event)
    assert not Registration.objects.exists()


def test_registration_for_an_unpublished_event_is_refused():
    event = event_page()
    event.unpublish()
    with pytest.raises(ValidationError):
        register(event)


def test_anonymous_cannot_register():
    from django.contrib.auth.models import AnonymousUser

    with pytest.raises(PermissionDenied):
        registration_create(event=event_page(), person=AnonymousUser())


def test_cancelling_after_the_start_is_refused():
    event = event_page()
    registration = register(event)
    event.start = timezone.now() - timedelta(minutes=5)
    event.save()
    with pytest.raises(ValidationError, match="started"):
        registration_cancel(registration=registration)
    registration.refresh_from_db()
    assert registration.status == Status.CONFIRMED


def test_a_raised_capacity_goes_to_the_waiting_list_before_newcomers():
    event = event_page(capacity=1)
    register(event)
    waiting = register(event)
    event.capacity = 3
    event.save()
    newcomer = register(event)
    waiting.refresh_from_db()
    assert waiting.status == Status.CONFIRMED
    assert newcomer.status == Status.CONFIRMED


def test_registration_confirmation_and_waiting_emails():
    event = event_page(capacity=1)
    confirmed, waiting = register(event), register(event)
    subjects = [m.subject for m in mail.outbox]
    assert len(subjects) == 2
    assert mail.outbox[0].to == [confirmed.person.email]
    assert mail.outbox[0].attachments and mail.outbox[0].attachments[0][2] == (
        "text/calendar"
    )
    assert mail.outbox[1].to == [waiting.person.email]
    assert not mail.outbox[1].attachments
    assert "1" in mail.outbox[1].body
