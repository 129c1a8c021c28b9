"""Events as iCalendar: one event, the whole filtered list, the function the
registration emails attach; read back with icalendar."""

import datetime

import icalendar
import pytest
from django.conf import settings

from events.calendar import event_ics, event_uid
from tests.factories.events import event_index, event_page

pytestmark = pytest.mark.django_db

START = datetime.datetime(2027, 3, 10, 9, 0, tzinfo=datetime.UTC)


def _read(body: bytes) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(body)


def test_event_ics_reads_back_with_utc_times_uid_and_no_online_link():
    event = event_page(
        start=START,
        format="online",
        online_url="https://meet.example.org/secret-room",
        venue="",
        address="",
        description="<p>Sesión <b>informativa</b> &amp; preguntas.</p>",
    )
    body = event_ics(event, settings.SITE_URL)
    calendar = _read(body)
    (vevent,) = calendar.events
    assert vevent.start == START
    assert vevent.end == START + datetime.timedelta(hours=2)
    assert str(vevent["uid"]) == event_uid(event)
    assert str(vevent["uid"]).startswith(str(event.translation_key))
    assert "dtstamp" in vevent
    assert str(vevent["summary"]) == event.title
    assert "Sesión informativa & preguntas." in str(vevent["description"])
    assert "<b>" not in str(vevent["description"])
    assert str(vevent["location"]) == "En línea"  # the active language
    assert str(vevent["url"]).endswith("/es/events/" + event.slug + "/")
    assert str(vevent["status"]) == "CONFIRMED"
    assert b"secret-room" not in body


def test_uid_is_shared_by_translations_and_the_request_host():
    event = event_page()
    translation = event.copy_for_translation(event_index("pt").locale)
    assert event_uid(translation) == event_uid(event)


def test_cancelled_event_has_status_cancelled(client):
    event = event_page(cancelled=True)
    response = client.get(f"/es/events/{event.pk}.ics")
    assert response["Content-Type"].startswith("text/calendar")
    assert "attachment" in response["Content-Disposition"]
    (vevent,) = _read(response.content).events
    assert str(vevent["status"]) == "CANCELLED"


def test_event_ics_of_a_draft_or_unknown_event_is_not_found(client):
    draft = event_page(publish=False)
    assert client.get(f"/es/events/{draft.pk}.ics").status_code == 404
    assert client.get("/es/events/999999.ics").status_code == 404


def test_calendar_ics_lists_upcoming_filtered_events_only(client):
    now = datetime.datetime.now(datetime.UTC)
    lisbon = event_page(
        title="Feira transfronteiriça",
        region="pt-li",
        town="Lisboa",
        time_zone="Europe/Lisbon",
        start=now + datetime.timedelta(days=3),
    )
    event_page(title="Desayuno en Badajoz", start=now + datetime.timedelta(days=2))
    event_page(title="Pasado", start=now - datetime.timedelta(days=5))
    calendar = _read(client.get("/es/events/calendar.ics").content)
    titles = {str(e["summary"]) for e in calendar.events}
    assert titles == {"Feira transfronteiriça", "Desayuno en Badajoz"}
    filtered = _read(client.get("/es/events/calendar.ics?region=pt-li").content)
    assert [str(e["uid"]) for e in filtered.events] == [event_uid(lisbon)]
    past = _read(client.get("/es/events/calendar.ics?when=past").content)
    assert [str(e["summary"]) for e in past.events] == ["Pasado"]


def test_calendar_ics_ignores_bad_filters(client):
    event_page(title="Uno")
    response = client.get("/es/events/calendar.ics?region=nowhere&language=xx&when=x")
    assert response.status_code == 200
    assert [str(e["summary"]) for e in _read(response.content).events] == ["Uno"]


def test_calendar_ics_of_another_language_lists_its_own_events(client):
    event_page(title="Uno")
    response = client.get("/pt/events/calendar.ics")
    assert response.status_code == 200
    assert _read(response.content).events == []


def test_nul_bytes_in_the_query_are_refused_not_a_500(client):
    event_page(title="Uno")
    response = client.get("/es/events/calendar.ics?town=%00")
    assert response.status_code in (200, 400)
