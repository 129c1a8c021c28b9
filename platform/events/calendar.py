"""Events as iCalendar (RFC 5545): one event for a download or an email
attachment, or a whole list as a subscribable calendar.

Times are written in UTC: every calendar application reads them, and a
VTIMEZONE generated from the tz database is long and dated. The UID is the
event's ``translation_key`` at the site's host, so the Spanish and the
Portuguese page, the download and the confirmation email all name one event,
and a calendar updates it rather than adding a second one. The online link is
never written: the public calendar is for everyone.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from html import unescape
from urllib.parse import urlsplit

import icalendar
from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

PRODID = "-//Rumbo//Events//EN"


def uid_host() -> str:
    return urlsplit(settings.SITE_URL).hostname or "rumbo"


def event_uid(event) -> str:
    """Stable across languages, downloads and emails."""
    return f"{event.translation_key}@{uid_host()}"


def base_url_of(request_or_base_url: HttpRequest | str | None) -> str:
    if isinstance(request_or_base_url, HttpRequest):
        return request_or_base_url.build_absolute_uri("/").rstrip("/")
    return (request_or_base_url or settings.SITE_URL).rstrip("/")


def event_path(event, request: HttpRequest | None = None) -> str:
    """The event's path under its locale (``/es/events/...`` or the
    organisation's), without the host."""
    parts = event.get_url_parts(request=request)
    if parts is None:
        return ""
    return parts[2]


def plain_text(html: str) -> str:
    text = unescape(strip_tags(html.replace("</p>", "</p>\n").replace("<br/>", "\n")))
    return "\n".join(line.strip() for line in text.splitlines() if line.strip())


def event_location(event) -> str:
    if event.format == "online":
        return _("Online")
    parts = [event.venue, event.address, event.town]
    return ", ".join(part for part in parts if part)


def event_component(event, base_url: str, request: HttpRequest | None = None):
    """One VEVENT; ``event`` is an ``EventPage`` (specific)."""
    url = base_url + event_path(event, request)
    component = icalendar.Event()
    component.add("uid", event_uid(event))
    stamp = event.last_published_at or event.latest_revision_created_at
    component.add("dtstamp", (stamp or timezone.now()).astimezone(datetime.UTC))
    component.add("dtstart", event.start.astimezone(datetime.UTC))
    component.add("dtend", event.end.astimezone(datetime.UTC))
    component.add("summary", event.title)
    description = plain_text(str(event.description or ""))
    component.add("description", f"{description}\n\n{url}".strip())
    location = event_location(event)
    if location:
        component.add("location", location)
    component.add("url", url)
    component.add("status", "CANCELLED" if event.cancelled else "CONFIRMED")
    return component


def new_calendar(name: str = "") -> icalendar.Calendar:
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", name)
    return calendar


def event_ics(event, request_or_base_url: HttpRequest | str | None = None) -> bytes:
    """The event as an .ics file: for a download, or attached to an email
    (pass ``settings.SITE_URL`` or None outside a request)."""
    request = (
        request_or_base_url if isinstance(request_or_base_url, HttpRequest) else None
    )
    calendar = new_calendar()
    calendar.add_component(
        event_component(event, base_url_of(request_or_base_url), request)
    )
    return calendar.to_ical()


def events_ics(
    events: Iterable,
    request_or_base_url: HttpRequest | str | None = None,
    name: str = "",
) -> bytes:
    """A list of events as one calendar."""
    request = (
        request_or_base_url if isinstance(request_or_base_url, HttpRequest) else None
    )
    base_url = base_url_of(request_or_base_url)
    calendar = new_calendar(name)
    for event in events:
        calendar.add_component(event_component(event, base_url, request))
    return calendar.to_ical()
