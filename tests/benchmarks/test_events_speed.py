"""How fast the calendar is with 10,000 events (`make bench`): the list
(default, filtered, a far page, past), the month view, an event page, its
.ics and the whole calendar as .ics. Prints server time per request (median,
p95) and queries per request; asserts only that things worked."""

import os
import time

import pytest
from django.db import connection
from django.utils import timezone

from events.models import EventPage
from tests.benchmarks.timing import analyze, measure, print_figures
from tests.factories.events import event_index, events_bulk

ROUNDS = 30
EVENTS = 10_000


@pytest.mark.django_db
def test_benchmark_events(client):
    index = event_index()
    start = time.perf_counter()
    events = events_bulk(index, EVENTS)
    print(f"\n{EVENTS} events built in bulk in {time.perf_counter() - start:.1f} s")
    analyze()
    assert EventPage.objects.live().count() == EVENTS
    sample = EventPage.objects.get(pk=events[EVENTS // 2 + 1].pk)
    today = timezone.localdate()
    base = index.url
    pages = {
        "list": (base, None),
        "list filtered": (
            base,
            {"region": "pt-li", "language": "pt", "topic": "financing"},
        ),
        "list page 200": (base, {"page": 200}),
        "list past": (base, {"when": "past"}),
        "month view": (f"{base}month/{today.year}/{today.month}/", None),
        "event page": (sample.url, None),
        "event .ics": (f"/es/events/{sample.pk}.ics", None),
        "calendar.ics": ("/es/events/calendar.ics", None),
    }
    results = {
        name: measure(client, url, params, rounds=ROUNDS)
        for name, (url, params) in pages.items()
    }
    load = os.getloadavg()
    print_figures(
        f"Calendar with {EVENTS} events on {connection.vendor}, {ROUNDS} requests"
        f" each (in-process); load {load[0]:.2f} on {os.cpu_count()} CPUs:",
        results,
    )
    for name, figures in results.items():
        assert figures["queries"] <= 15, name
