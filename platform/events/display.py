"""How an event's times are shown: in its own zone with its abbreviation,
and in the other mainland zone when the clocks there differ (Madrid and
Lisbon are an hour apart). The calendar pages are cached for everyone, so
nothing here depends on the visitor; static/events/js/local-time.js adds the
visitor's own time in the browser."""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from django.utils.translation import gettext_lazy as _

MAINLAND = ("Europe/Madrid", "Europe/Lisbon")
ZONE_PLACES = {
    "Europe/Madrid": _("Madrid"),
    "Atlantic/Canary": _("Canaries"),
    "Europe/Lisbon": _("Lisbon"),
    "Atlantic/Madeira": _("Madeira"),
    "Atlantic/Azores": _("Azores"),
}


@dataclass
class ZoneTime:
    place: str
    start: datetime.datetime  # naive wall-clock times of that zone
    end: datetime.datetime
    abbreviation: str = ""


@dataclass
class EventTimes:
    local: ZoneTime
    others: list[ZoneTime] = field(default_factory=list)
    zone: str = ""
    start_utc: str = ""
    end_utc: str = ""

    @property
    def multi_day(self) -> bool:
        return self.local.start.date() != self.local.end.date()


def _zone_time(event, zone_name: str) -> ZoneTime:
    zone = ZoneInfo(zone_name)
    start = event.start.astimezone(zone)
    return ZoneTime(
        place=str(ZONE_PLACES.get(zone_name, zone_name)),
        start=start.replace(tzinfo=None),
        end=event.end.astimezone(zone).replace(tzinfo=None),
        abbreviation=_abbreviation(start),
    )


def _abbreviation(moment: datetime.datetime) -> str:
    """CET, WEST...; where the zone has no letters (the Azores: "-01"), its
    offset from UTC, which people read."""
    name = moment.tzname() or ""
    if name and name[0] in "+-":
        return f"UTC{name[0]}{name[1:].lstrip('0') or '0'}"
    return name


def event_times(event) -> EventTimes:
    local = _zone_time(event, event.time_zone)
    offset = event.start.astimezone(event.zone).utcoffset()
    others = []
    for name in MAINLAND:
        if name == event.time_zone:
            continue
        if event.start.astimezone(ZoneInfo(name)).utcoffset() != offset:
            others.append(_zone_time(event, name))
    return EventTimes(
        local=local,
        others=others,
        zone=event.time_zone,
        start_utc=event.start.astimezone(datetime.UTC).isoformat(),
        end_utc=event.end.astimezone(datetime.UTC).isoformat(),
    )


def map_url(event) -> str:
    """A plain link to OpenStreetMap's search: no third-party script."""
    parts = [event.venue, event.address, event.town]
    query = ", ".join(part for part in parts if part)
    if not query or event.format == "online":
        return ""
    return "https://www.openstreetmap.org/search?" + urlencode({"query": query})
