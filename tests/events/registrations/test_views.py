"""The registration box, "My events" and the organisers' pages: who may see
what, double submits, tampered and odd input, CSV, and fixed query counts."""

import csv
import io
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from events.registrations.models import Registration
from tests.factories import UserFactory
from tests.factories.registrations import (
    editor_of,
    event_page,
    organisation,
    register,
)

pytestmark = pytest.mark.django_db

Status = Registration.Status


@pytest.fixture(autouse=True)
def _commit_hooks(monkeypatch):
    from django.db import transaction

    monkeypatch.setattr(
        transaction, "on_commit", lambda func, using=None, robust=False: func()
    )


def box(event) -> str:
    return reverse("registrations:event", kwargs={"page_id": event.pk})


def attendees(event) -> str:
    return reverse("registrations:attendees", kwargs={"page_id": event.pk})


def test_anonymous_people_are_sent_to_log_in_and_back(client):
    event = event_page()
    response = client.get(box(event))
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert box(event) in response["Location"]


def test_register_then_cancel_through_the_box(client):
    event = event_page(capacity=1)
    person = UserFactory()
    client.force_login(person)
    page = client.get(box(event))
    assert "public" not in page.get("Cache-Control", "")
    assert "1 place left" in page.content.decode() or "1 plaza" in page.content.decode()
    client.post(box(event), {"action": "register"})
    assert Registration.objects.get(person=person).status == Status.CONFIRMED
    # A double submit changes nothing and says so.
    response = client.post(box(event), {"action": "register"}, follow=True)
    assert Registration.objects.filter(person=person).count() == 1
    assert response.status_code == 200
    client.post(box(event), {"action": "cancel"})
    assert Registration.objects.get(person=person).status == Status.CANCELLED
    client.post(box(event), {"action": "cancel"})  # replayed
    assert Registration.objects.get(person=person).status == Status.CANCELLED


def test_the_online_link_is_shown_only_to_confirmed_people(client):
    event = event_page(
        capacity=1, format="online", online_url="https://meet.example.org/secret"
    )
    first, second = UserFactory(), UserFactory()
    register(event, first)
    register(event, second)
    client.force_login(second)
    assert "meet.example.org/secret" not in client.get(box(event)).content.decode()
    client.force_login(first)
    assert "meet.example.org/secret" in client.get(box(event)).content.decode()


@pytest.mark.parametrize(
    "data", [{"action": "delete"}, {"action": "register\x00"}, {}, {"action": ""}]
)
def test_tampered_actions_change_nothing(client, data):
    event = event_page()
    client.force_login(UserFactory())
    response = client.post(box(event), data)
    # NUL bytes are refused site-wide (400) before any view.
    assert response.status_code in (302, 400)
    assert not Registration.objects.exists()


@pytest.mark.parametrize("page_id", ["0", "99999999", "9" * 30])
def test_unknown_events_are_not_found(client, page_id):
    client.force_login(UserFactory())
    response = client.get(f"/es/registrations/event/{page_id}/")
    assert response.status_code == 404


def test_a_draft_event_is_not_found_for_people(client):
    event = event_page()
    event.unpublish()
    client.force_login(UserFactory())
    assert client.get(box(event)).status_code == 404


def test_my_events_lists_upcoming_and_past_with_status(client):
    person = UserFactory()
    upcoming = event_page(title="Feria de empleo")
    past = event_page(title="Foro de expertos")
    register(upcoming, person)
    past_registration = register(past, person)
    Registration.objects.filter(pk=past_registration.pk).update(attended=True)
    past.start = timezone.now() - timedelta(days=3)
    past.end = past.start + timedelta(hours=2)
    past.save()
    client.force_login(person)
    html = client.get(reverse("registrations:mine")).content.decode()
    assert html.index("Feria de empleo") < html.index("Foro de expertos")
    account = client.get(reverse("account_home")).content.decode()
    assert "Feria de empleo" in account
    assert "registrations/css/registrations.css" in account


# --- Organisers ---------------------------------------------------------------


@pytest.fixture
def two_organisations():
    a, b = organisation("Cámara A"), organisation("Ayuntamiento B")
    return a, b


@pytest.mark.parametrize(
    ("who", "status"),
    [
        ("learner", 403),
        ("editor_a", 200),
        ("editor_b", 403),
        ("staff", 200),
    ],
)
def test_attendee_pages_are_for_the_event_organisers_only(
    client, two_organisations, who, status
):
    a, b = two_organisations
    event = event_page(parent=a)
    register(event)
    people = {
        "learner": UserFactory(),
        "editor_a": editor_of(a),
        "editor_b": editor_of(b),
        "staff": UserFactory(is_staff=True, is_superuser=True),
    }
    client.force_login(people[who])
    for name in ("attendees", "attendees_csv", "message", "cancel_event"):
        url = reverse(f"registrations:{name}", kwargs={"page_id": event.pk})
        assert client.get(url).status_code == status, name
    # And B's editor cannot post either.
    if status == 403:
        url = reverse("registrations:cancel_event", kwargs={"page_id": event.pk})
        assert client.post(url, {"confirm": "on"}).status_code == 403
        event.refresh_from_db()
        assert not event.cancelled


def test_anonymous_people_cannot_see_attendees(client):
    event = event_page()
    response = client.get(attendees(event))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_csv_neutralises_formulas(client, two_organisations):
    a, _b = two_organisations
    event = event_page(parent=a)
    for name in ('=HYPERLINK("http://x")', "+1", "-2", "@SUM(A1)", "Ana"):
        register(event, UserFactory(display_name=name))
    client.force_login(editor_of(a))
    url = reverse("registrations:attendees_csv", kwargs={"page_id": event.pk})
    response = client.get(url)
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    names = [row[0] for row in rows[1:]]
    assert names == ['\'=HYPERLINK("http://x")', "'+1", "'-2", "'@SUM(A1)", "Ana"]
    assert "attachment" in response["Content-Disposition"]


def test_attendance_is_marked_after_the_start_and_ignores_other_events_ids(
    client, two_organisations
):
    a, _b = two_organisations
    event = event_page(parent=a, capacity=3)
    other = event_page(parent=a)
    came, missed = register(event), register(event)
    stranger = register(other)
    client.force_login(editor_of(a))
    shown = f"{came.pk},{missed.pk},{stranger.pk}"
    # Before the start: refused, nothing changed.
    client.post(attendees(event), {"shown": shown, "attended": [came.pk]})
    came.refresh_from_db()
    assert came.attended is None
    event.start = timezone.now() - timedelta(hours=1)
    event.save()
    client.post(attendees(event), {"shown": shown, "attended": [came.pk]})
    came.refresh_from_db(), missed.refresh_from_db(), stranger.refresh_from_db()
    assert (came.attended, missed.attended, stranger.attended) == (True, False, None)
    # Another event's id in "attended" is refused as a whole.
    client.post(attendees(event), {"shown": shown, "attended": [stranger.pk]})
    stranger.refresh_from_db()
    assert stranger.attended is None
    # Garbage and NUL bytes: a message, no change, no 500.
    response = client.post(attendees(event), {"shown": "1,x", "attended": ["y"]})
    assert response.status_code == 302
    response = client.post(attendees(event), {"shown": "1\x00", "attended": ["\x00"]})
    assert response.status_code in (302, 400)
    came.refresh_from_db()
    assert came.attended is True


def test_an_organiser_emails_everyone_and_cancels_the_event(
    client, two_organisations, mailoutbox
):
    a, _b = two_organisations
    event = event_page(parent=a, capacity=1)
    seated, waiting = register(event), register(event)
    mailoutbox.clear()
    client.force_login(editor_of(a))
    url = reverse("registrations:message", kwargs={"page_id": event.pk})
    bad = client.post(url, {"subject": "Cambio\x00", "body": "x"})
    assert bad.status_code in (200, 400) and not mailoutbox
    client.post(
        url,
        {
            "subject": "Cambio de sala",
            "body": "Nos vemos en la sala 2.",
            "waiting_too": "on",
        },
    )
    assert sorted(m.to[0] for m in mailoutbox) == sorted(
        [seated.person.email, waiting.person.email]
    )
    assert all("sala 2" in m.body for m in mailoutbox)
    mailoutbox.clear()
    url = reverse("registrations:cancel_event", kwargs={"page_id": event.pk})
    assert client.post(url, {}).status_code == 200  # the box must be ticked
    client.post(url, {"confirm": "on", "reason": "Lluvia"})
    event.refresh_from_db()
    assert event.cancelled
    assert len(mailoutbox) == 2 and all("Lluvia" in m.body for m in mailoutbox)
    # Registration is now refused.
    client.force_login(UserFactory())
    client.post(box(event), {"action": "register"})
    assert Registration.objects.count() == 2


def test_attendee_list_with_2000_registrations_runs_a_fixed_number_of_queries(
    client, django_assert_max_num_queries
):
    event = event_page(capacity=1500)
    people = UserFactory.create_batch(3, is_staff=True, is_superuser=True)
    staff = people[0]
    from users.models import User

    users = User.objects.bulk_create(
        [User(email=f"crowd{i}@example.org", display_name=f"P{i}") for i in range(2000)]
    )
    now = timezone.now()
    Registration.objects.bulk_create(
        [
            Registration(
                event_key=event.translation_key,
                person=user,
                status=Status.CONFIRMED if i < 1500 else Status.WAITING,
                created_at=now + timedelta(seconds=i),
            )
            for i, user in enumerate(users)
        ]
    )
    client.force_login(staff)
    with django_assert_max_num_queries(15):
        response = client.get(attendees(event) + "?page=9")
    assert "Waiting list: number 101" in response.content.decode() or (
        "número 101" in response.content.decode()
    )
    with django_assert_max_num_queries(15):
        response = client.get(
            reverse("registrations:attendees_csv", kwargs={"page_id": event.pk})
        )
    assert response.content.decode("utf-8-sig").count("\n") == 2001
    crowd = users[1999]
    client.force_login(crowd)
    with django_assert_max_num_queries(15):
        html = client.get(box(event)).content.decode()
    assert "500" in html


def test_the_box_shows_the_events_own_time_zone(client):
    from datetime import UTC, datetime

    start = datetime(2030, 3, 5, 17, 0, tzinfo=UTC)  # 17:00 in Lisbon, 18:00 Madrid
    event = event_page(start=start, time_zone="Europe/Lisbon")
    client.force_login(UserFactory())
    html = client.get(box(event)).content.decode()
    assert "17:00" in html and "18:00" not in html
