"""What registration adds to the core: newsletter segment, data export,
account deletion (attendance figures survive), the attendance selector, the
admin report and the admin's "Attendees" button."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from newsletters.segments import segment_clean, segment_subscribers

from events.registrations.models import Registration
from events.registrations.selectors import attendance_for_events
from tests.factories import UserFactory
from tests.factories.newsletters import SubscriberFactory
from tests.factories.registrations import event_page, register
from users.hooks import data_export_sections
from users.services import user_delete

pytestmark = pytest.mark.django_db

Status = Registration.Status


@pytest.fixture(autouse=True)
def _commit_hooks(monkeypatch):
    from django.db import transaction

    monkeypatch.setattr(
        transaction, "on_commit", lambda func, using=None, robust=False: func()
    )


def _past(event):
    event.start = timezone.now() - timedelta(days=2)
    event.end = event.start + timedelta(hours=2)
    event.save()


def test_segment_registered_for_one_event_or_any():
    one, other = event_page(), event_page()
    a, b, c = UserFactory(), UserFactory(), UserFactory()
    register(one, a)
    register(other, b)
    for person in (a, b, c):
        SubscriberFactory(user=person, email=person.email)
    definition = segment_clean({"event": str(one.translation_key)})
    assert "event_registrants" in definition["roles"]
    assert {s.user_id for s in segment_subscribers(definition)} == {a.pk}
    anyone = segment_clean({"roles": ["event_registrants"]})
    assert {s.user_id for s in segment_subscribers(anyone)} == {a.pk, b.pk}


def test_segment_refuses_a_tampered_event():
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        segment_clean({"event": "not-a-uuid\x00"})


def test_data_export_lists_registrations():
    person = UserFactory()
    event = event_page(title="Networking Faro")
    register(event, person)
    section = data_export_sections()["event_registrations"](person)
    assert section[0]["event"] == "Networking Faro"
    assert section[0]["status"] == "confirmed"


def test_deleting_an_account_frees_upcoming_seats_and_keeps_past_counts():
    upcoming = event_page(capacity=1)
    past = event_page(capacity=5)
    person = UserFactory()
    register(upcoming, person)
    next_in_line = register(upcoming)
    attended = register(past, person)
    _past(past)
    Registration.objects.filter(pk=attended.pk).update(attended=True)
    before = attendance_for_events([past.translation_key])[past.translation_key]
    person_id = person.pk

    user_delete(user=person)

    next_in_line.refresh_from_db()
    assert next_in_line.status == Status.CONFIRMED
    assert not Registration.objects.filter(person_id=person_id).exists()
    after = attendance_for_events([past.translation_key])[past.translation_key]
    assert after == before == {"registered": 1, "waiting": 0, "attended": 1}
    kept = Registration.objects.get(pk=attended.pk)
    assert kept.person is None and kept.language == ""


def test_attendance_for_events_counts_in_one_query(django_assert_num_queries):
    events = [event_page(capacity=2) for _ in range(3)]
    for event in events:
        for _ in range(3):
            register(event)
    keys = [e.translation_key for e in events]
    with django_assert_num_queries(1):
        figures = attendance_for_events(keys + [None])
    assert figures[keys[0]] == {"registered": 2, "waiting": 1, "attended": 0}


def test_admin_report_lists_each_event_once_with_figures(client):
    from tests.factories.registrations import translate

    event = event_page(title="Feria Lisboa", capacity=1)
    translate(event, "pt", title="Feira Lisboa")
    register(event), register(event)
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    html = client.get(reverse("registrations_report")).content.decode()
    assert html.count("Feria Lisboa") + html.count("Feira Lisboa") == 1
    csv = client.get(reverse("registrations_report") + "?export=csv")
    assert csv.status_code == 200
    client.force_login(UserFactory())
    assert client.get(reverse("registrations_report")).status_code in (302, 403)


def test_admin_shows_an_attendees_button_on_event_pages(client):
    event = event_page()
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    html = client.get(reverse("wagtailadmin_pages:edit", args=[event.pk])).content
    assert reverse("registrations:attendees", kwargs={"page_id": event.pk}) in (
        html.decode()
    )
