"""How an event's times are shown, whatever the visitor: its own zone with
the abbreviation of that day, and the other mainland zone when it differs."""

import datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

from events.display import ZONE_PLACES, _abbreviation, event_times, map_url


def _event(zone: str, start: datetime.datetime, hours: int = 2, **kwargs):
    fields = {
        "time_zone": zone,
        "start": start,
        "end": start + datetime.timedelta(hours=hours),
        "zone": ZoneInfo(zone),
        "format": "in_person",
        "venue": "",
        "address": "",
        "town": "",
    }
    fields.update(kwargs)
    return SimpleNamespace(**fields)


def _places(times) -> list[str]:
    names = {str(place): zone.split("/")[1] for zone, place in ZONE_PLACES.items()}
    return [names[other.place] for other in times.others]


def test_madrid_in_summer_and_winter_with_lisbon_an_hour_earlier():
    summer = event_times(
        _event("Europe/Madrid", datetime.datetime(2027, 7, 1, 8, tzinfo=datetime.UTC))
    )
    assert summer.local.start.hour == 10 and summer.local.abbreviation == "CEST"
    assert _places(summer) == ["Lisbon"] and summer.others[0].start.hour == 9
    winter = event_times(
        _event("Europe/Madrid", datetime.datetime(2027, 1, 1, 8, tzinfo=datetime.UTC))
    )
    assert winter.local.start.hour == 9 and winter.local.abbreviation == "CET"


def test_azores_shows_both_mainland_zones_and_canary_only_madrid():
    start = datetime.datetime(2027, 1, 1, 12, tzinfo=datetime.UTC)
    assert _places(event_times(_event("Atlantic/Azores", start))) == [
        "Madrid",
        "Lisbon",
    ]
    assert _places(event_times(_event("Atlantic/Canary", start))) == ["Madrid"]
    assert _places(event_times(_event("Atlantic/Madeira", start))) == ["Madrid"]


def test_an_event_across_midnight_spans_two_days():
    late = datetime.datetime(2027, 1, 1, 22, tzinfo=datetime.UTC)
    assert event_times(_event("Europe/Madrid", late, hours=3)).multi_day
    assert not event_times(_event("Europe/Lisbon", late, hours=1)).multi_day


def test_the_map_link_is_a_plain_openstreetmap_search():
    event = _event(
        "Europe/Lisbon",
        datetime.datetime(2027, 1, 1, tzinfo=datetime.UTC),
        venue="Startup Lisboa",
        address="Rua da Prata 80",
        town="Lisboa",
    )
    assert map_url(event) == (
        "https://www.openstreetmap.org/search?query="
        "Startup+Lisboa%2C+Rua+da+Prata+80%2C+Lisboa"
    )
    event.format = "online"
    assert map_url(event) == ""


def test_a_zone_without_letters_is_named_by_its_offset():
    azores = datetime.datetime(2027, 1, 15, 16, tzinfo=ZoneInfo("Atlantic/Azores"))
    madrid = datetime.datetime(2027, 1, 15, 16, tzinfo=ZoneInfo("Europe/Madrid"))

    assert _abbreviation(azores) == "UTC-1"
    assert _abbreviation(madrid) == "CET"
