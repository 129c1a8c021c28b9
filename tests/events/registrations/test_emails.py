"""Registration emails reach a real SMTP server, in the person's language,
with the event's .ics that a calendar can read; the reminder goes once."""

from datetime import timedelta
from email.header import decode_header, make_header

import icalendar
import pytest
from django.test import override_settings
from django.utils import timezone

from events.registrations.models import Registration
from events.registrations.services import registration_cancel
from events.tasks import reminders_send_task
from tests.factories import UserFactory
from tests.factories.registrations import event_page, register

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _commit_hooks(monkeypatch):
    from django.db import transaction

    monkeypatch.setattr(
        transaction, "on_commit", lambda func, using=None, robust=False: func()
    )


@pytest.fixture
def smtp_inbox(smtp):
    port, inbox = smtp
    with override_settings(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=port,
        EMAIL_USE_TLS=False,
        EMAIL_HOST_USER="",
        EMAIL_HOST_PASSWORD="",
    ):
        yield inbox


def _body(message) -> str:
    return next(
        p.get_payload(decode=True).decode()
        for p in message.walk()
        if p.get_content_type() == "text/plain" and not p.get_filename()
    )


def _subject(message) -> str:
    return str(make_header(decode_header(message["Subject"])))


def _ics(message):
    parts = [p for p in message.walk() if p.get_filename() == "event.ics"]
    assert parts, "no .ics attached"
    return icalendar.Calendar.from_ical(parts[0].get_payload(decode=True))


def test_confirmation_carries_an_ics_a_calendar_reads(smtp_inbox):
    event = event_page(
        title="Foro de exportación",
        capacity=1,
        format="online",
        online_url="https://meet.example.org/foro",
    )
    person = UserFactory(preferred_language="es")
    register(event, person)
    [message] = smtp_inbox.wait_for(1, timeout=10)
    assert message["To"] == person.email
    assert "Foro de exportación" in _subject(message)
    body = _body(message)
    assert "https://meet.example.org/foro" in body  # confirmed: the link
    [vevent] = _ics(message).walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "Foro de exportación"
    assert vevent["DTSTART"].dt == event.start.replace(microsecond=0)
    assert str(vevent["UID"]).startswith(str(event.translation_key))
    assert "meet.example.org" not in vevent.to_ical().decode()


def test_waiting_list_email_has_no_link_and_promotion_has_the_ics(smtp_inbox):
    event = event_page(
        capacity=1, format="online", online_url="https://meet.example.org/x"
    )
    first = register(event)
    second = register(event)
    messages = smtp_inbox.wait_for(2, timeout=10)
    waiting = [m for m in messages if m["To"] == second.person.email][0]
    assert "meet.example.org" not in _body(waiting)
    registration_cancel(registration=first)
    messages = smtp_inbox.wait_for(3, timeout=10)
    promoted = [m for m in messages if m["To"] == second.person.email][-1]
    assert _ics(promoted) is not None
    assert "meet.example.org/x" in _body(promoted)


def test_the_reminder_goes_once_a_day_before(mailoutbox):
    event = event_page(capacity=None)
    early, late = register(event), register(event)
    Registration.objects.filter(pk=early.pk).update(
        created_at=timezone.now() - timedelta(days=4)
    )
    mailoutbox.clear()
    assert reminders_send_task.apply().result == 0  # ten days away
    event.start = timezone.now() + timedelta(hours=23)
    event.end = event.start + timedelta(hours=1)
    event.save_revision().publish()
    Registration.objects.filter(pk=late.pk).update(
        created_at=event.start - timedelta(hours=2)
    )
    assert reminders_send_task.apply().result == 1
    assert reminders_send_task.apply().result == 0
    assert [m.to for m in mailoutbox] == [[early.person.email]]
