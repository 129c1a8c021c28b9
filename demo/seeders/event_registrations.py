"""Demo registrations for `seed_demo`: demo people registered for the demo
events (demo/seeders/events.py): small upcoming events full with a waiting
list, larger ones partly filled, past ones with attendance marked.

Upcoming registrations go through the service (seats, queue, emails) as
people make them; the service refuses past events, so their rows are written
directly and their attendance through the organisers' service. Idempotent.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.db.models import Min
from django.utils import timezone

from events.models import EventPage
from events.registrations.models import Registration
from events.registrations.services import attendance_mark, registration_create
from users.models import User

# A capacity up to this is "small": every other one filled, with two more
# people waiting; the others keep two places, for someone to take.
SMALL = 12
NAMED = ["ana", "karim", "grace", "joao"]


def _people() -> list[User]:
    emails = [f"{name}@rumbo.example" for name in NAMED]
    emails += [f"seller{i:02d}@rumbo.example" for i in range(1, 10)]
    emails += [f"mentor{i:02d}@rumbo.example" for i in range(1, 33)]
    found = {u.email: u for u in User.objects.filter(email__in=emails, is_active=True)}
    return [found[email] for email in emails if email in found]


def _events() -> list[EventPage]:
    """One page per event (its first translation), soonest first."""
    firsts = (
        EventPage.objects.live()
        .values("translation_key")
        .annotate(first=Min("pk"))
        .values_list("first", flat=True)
    )
    return list(EventPage.objects.filter(pk__in=list(firsts)).order_by("start"))


def _wanted(event: EventPage, i: int, small_before: int) -> int:
    if event.capacity is not None and event.capacity <= SMALL:
        if small_before % 2:
            return max(event.capacity - 2, 0)
        return event.capacity + 2
    return 5 + (i * 3) % 10


def seed() -> str | None:
    events = _events()
    people = _people()
    if not events or not people:
        return None
    now = timezone.now()
    created = small = 0
    for i, event in enumerate(events):
        # Start with a different person at each event, so everyone has some.
        crowd = people[i % len(people) :] + people[: i % len(people)]
        crowd = crowd[: _wanted(event, i, small)]
        if event.capacity is not None and event.capacity <= SMALL:
            small += 1
        if event.start > now:
            if event.cancelled:
                continue
            for person in crowd:
                try:
                    registration_create(event=event, person=person)
                except ValidationError:
                    continue  # registered already (a second run), or closed
                created += 1
            continue
        rows = []
        for person in crowd[: event.capacity or len(crowd)]:
            registration, made = Registration.objects.get_or_create(
                event_key=event.translation_key,
                person=person,
                status=Registration.Status.CONFIRMED,
                defaults={
                    "created_at": event.start - timezone.timedelta(days=7),
                    "language": person.preferred_language,
                    "reminder_sent_at": event.start - timezone.timedelta(days=1),
                },
            )
            created += made
            rows.append(registration)
        # About four in five came.
        attendance_mark(
            event=event,
            shown={r.pk for r in rows},
            attended={r.pk for n, r in enumerate(rows) if n % 5 != 4},
        )
    total = Registration.objects.count()
    return (
        f"Event registrations ready: {total} over {len(events)} events "
        f"({created} new; half the small events full with a waiting list)."
    )
