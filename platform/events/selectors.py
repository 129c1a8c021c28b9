"""Reads of the calendar: which events a locale lists, filtered, and who
organises them, each in a fixed number of queries."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone

from events.models import EventPage
from organisations.models import OrganisationPage

MONTH_LIMIT = 400  # events placed in one month view, at most
ICS_LIMIT = 500  # events in one calendar download, at most


@dataclass
class CalendarFilters:
    when: str = "upcoming"
    region: str = ""
    town: str = ""
    format: str = ""
    organiser_path: str = ""  # the organiser's page path: its events are below
    topic: str = ""
    language: str = ""


def organisers_for_locale(locale_id: int) -> list:
    """The locale's live partner organisations, by name (one query)."""
    return list(
        OrganisationPage.objects.live()
        .filter(locale_id=locale_id)
        .only("id", "title", "slug", "path", "depth", "locale_id", "url_path")
        .order_by("title")
    )


def programme_name() -> str:
    return settings.WAGTAIL_SITE_NAME


def _filtered(events: QuerySet, filters: CalendarFilters) -> QuerySet:
    if filters.region:
        events = events.filter(region=filters.region)
    if filters.town:
        events = events.filter(town__iexact=filters.town.strip())
    if filters.format:
        events = events.filter(format=filters.format)
    if filters.organiser_path:
        events = events.filter(path__startswith=filters.organiser_path)
    if filters.topic:
        events = events.filter(topic=filters.topic)
    if filters.language:
        events = events.filter(languages__has=filters.language)
    return events


def live_events(locale_id: int) -> QuerySet:
    return (
        EventPage.objects.live()
        .filter(locale_id=locale_id)
        .select_related("locale")
        .defer("description")
    )


def calendar_events(
    *, locale_id: int, filters: CalendarFilters, now: datetime.datetime | None = None
) -> QuerySet:
    """Upcoming events (not yet over), soonest first; or past ones, latest
    first."""
    now = now or timezone.now()
    events = _filtered(live_events(locale_id), filters)
    if filters.when == "past":
        return events.filter(end__lt=now).order_by("-start", "-pk")
    return events.filter(end__gte=now).order_by("start", "pk")


def month_events(
    *, locale_id: int, filters: CalendarFilters, year: int, month: int
) -> list[EventPage]:
    """Events starting in that month on their own local calendar (the window
    is widened by a day each side, then each is placed by its local date)."""
    first = datetime.datetime(year, month, 1, tzinfo=datetime.UTC)
    following = (first + datetime.timedelta(days=32)).replace(day=1)
    events = _filtered(live_events(locale_id), filters).filter(
        start__gte=first - datetime.timedelta(days=1),
        start__lt=following + datetime.timedelta(days=1),
    )
    placed = []
    for event in events.order_by("start", "pk")[: MONTH_LIMIT + 40]:
        local = event.start.astimezone(event.zone)
        if (local.year, local.month) == (year, month):
            placed.append(event)
    return placed[:MONTH_LIMIT]


def organiser_by_path(organisers) -> dict:
    return {org.path: org for org in organisers}


def with_organisers(events, organisers) -> list[EventPage]:
    """Each event with ``organiser``: its parent organisation, or None for
    the programme's own events; no query."""
    by_path = organiser_by_path(organisers)
    events = list(events)
    for event in events:
        event.organiser = by_path.get(event.path[: -EventPage.steplen])
    return events
