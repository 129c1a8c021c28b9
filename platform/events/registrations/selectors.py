"""Reads of registrations that several places need, with their queries fixed."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet
from django.utils import timezone, translation
from wagtail.models import Locale

from events.models import EventPage
from events.registrations.models import Registration


@dataclass(frozen=True)
class Seats:
    """Where an event stands: seats taken and left (None: no limit), queue."""

    capacity: int | None
    confirmed: int
    waiting: int

    @property
    def left(self) -> int | None:
        if self.capacity is None:
            return None
        return max(self.capacity - self.confirmed, 0)

    @property
    def full(self) -> bool:
        return self.left == 0


def seats_for(event: EventPage) -> Seats:
    counts = Registration.objects.filter(event_key=event.translation_key).aggregate(
        confirmed=Count("pk", filter=Q(status=Registration.Status.CONFIRMED)),
        waiting=Count("pk", filter=Q(status=Registration.Status.WAITING)),
    )
    return Seats(event.capacity, counts["confirmed"], counts["waiting"])


def registration_active(event: EventPage, person) -> Registration | None:
    if not person.is_authenticated:
        return None
    return Registration.objects.filter(
        event_key=event.translation_key,
        person=person,
        status__in=Registration.ACTIVE,
    ).first()


def waiting_position(registration: Registration) -> int | None:
    """1 for the next person to get a seat."""
    if registration.status != Registration.Status.WAITING:
        return None
    ahead = Registration.objects.filter(
        event_key=registration.event_key,
        status=Registration.Status.WAITING,
    ).filter(
        Q(created_at__lt=registration.created_at)
        | Q(created_at=registration.created_at, pk__lt=registration.pk)
    )
    return ahead.count() + 1


def event_started(event: EventPage) -> bool:
    return event.start <= timezone.now()


def events_by_key(keys: Iterable, language: str | None = None) -> dict:
    """{translation_key: EventPage} in ``language`` where translated (the
    active language by default), else any translation. One query."""
    keys = {key for key in keys if key}
    if not keys:
        return {}
    language = language or translation.get_language() or ""
    chosen: dict = {}
    pages = EventPage.objects.filter(translation_key__in=keys).select_related("locale")
    for page in pages.order_by("pk"):
        current = chosen.get(page.translation_key)
        if current is None or (
            page.locale.language_code == language
            and current.locale.language_code != language
        ):
            chosen[page.translation_key] = page
    return chosen


def event_for_key(key, language: str | None = None) -> EventPage | None:
    return events_by_key([key], language).get(key)


def registrations_of(person) -> list[tuple[Registration, EventPage]]:
    """A person's registrations (cancelled ones too) with their events,
    soonest first. Two queries."""
    registrations = list(
        Registration.objects.filter(person=person).order_by("-created_at")
    )
    events = events_by_key(r.event_key for r in registrations)
    rows = [(r, events[r.event_key]) for r in registrations if r.event_key in events]
    rows.sort(key=lambda row: row[1].start)
    return rows


def my_events(person) -> dict[str, list]:
    """Upcoming (soonest first) and past (latest first) registrations; a
    cancelled registration of a past event is left out."""
    now = timezone.now()
    upcoming, past = [], []
    for registration, event in registrations_of(person):
        if event.end >= now:
            upcoming.append((registration, event))
        elif registration.status != Registration.Status.CANCELLED:
            past.append((registration, event))
    past.reverse()
    return {"upcoming": upcoming, "past": past}


def attendees(event: EventPage) -> QuerySet[Registration]:
    """Confirmed first, then the waiting list in its order, with each person."""
    return (
        Registration.objects.filter(
            event_key=event.translation_key, status__in=Registration.ACTIVE
        )
        .select_related("person")
        .order_by("status", "created_at", "pk")  # "confirmed" sorts before "waiting"
    )


def attendance_for_events(keys: Iterable) -> dict[uuid.UUID, dict[str, int]]:
    """{event_key: {"registered", "waiting", "attended"}} in one query.

    "registered" counts confirmed places, including those of people who have
    since deleted their account: the figures of past events stay.
    """
    keys = list({key for key in keys if key})
    figures = {key: {"registered": 0, "waiting": 0, "attended": 0} for key in keys}
    rows = (
        Registration.objects.filter(event_key__in=keys)
        .values("event_key")
        .annotate(
            registered=Count("pk", filter=Q(status=Registration.Status.CONFIRMED)),
            waiting=Count("pk", filter=Q(status=Registration.Status.WAITING)),
            attended=Count(
                "pk",
                filter=Q(status=Registration.Status.CONFIRMED, attended=True),
            ),
        )
        .order_by()
    )
    for row in rows:
        key = row.pop("event_key")
        figures[key] = row
    return figures


def event_choices(limit: int = 300) -> list[tuple[str, str]]:
    """(translation key, "title · date") of the latest events, one per event,
    in the active language where translated: the newsletter segment's list."""
    locale = Locale.objects.filter(
        language_code=translation.get_language() or ""
    ).first()
    pages = list(
        EventPage.objects.order_by("-start").values_list(
            "translation_key", "title", "start", "locale_id"
        )[: limit * 3]
    )
    chosen: dict = {}
    for key, title, start, locale_id in pages:
        if key not in chosen or (locale and locale_id == locale.pk):
            chosen[key] = (title, start)
    rows = sorted(chosen.items(), key=lambda item: item[1][1], reverse=True)[:limit]
    return [
        (str(key), f"{title} · {timezone.localtime(start):%Y-%m-%d}")
        for key, (title, start) in rows
    ]
