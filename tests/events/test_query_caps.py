"""The calendar runs a fixed number of queries with 10,000 events."""

import time

import pytest

from events.models import EventPage
from tests.factories.events import event_index, events_bulk

pytestmark = pytest.mark.django_db

MAX_QUERIES = 15  # the site's budget per page (tests/platform/test_query_budget.py)

URLS = [
    "/es/events/",
    "/es/events/?page=7",
    "/es/events/?when=past",
    "/es/events/?region=pt-li&language=pt&format=in_person&topic=financing",
    "/es/events/?town=Lisboa&page=3",
    "/es/events/month/",
    "/es/events/calendar.ics",
    "/es/events/calendar.ics?region=es-md",
]


def test_calendar_pages_cost_a_fixed_number_of_queries_with_10000_events(
    client, django_assert_max_num_queries
):
    index = event_index()
    start = time.perf_counter()
    events = events_bulk(index, 10_000)
    print(f"\n10,000 events written in {time.perf_counter() - start:.1f} s")
    assert EventPage.objects.live().count() == 10_000
    sample = EventPage.objects.get(pk=events[4321].pk)
    from django.utils import timezone

    now = timezone.localdate()
    urls = [
        *URLS,
        f"/es/events/month/{now.year}/{now.month}/?format=online",
        sample.url,
        f"/es/events/{sample.pk}.ics",
    ]
    client.get("/es/")  # the site's own caches (navigation, content types) warm
    for url in urls:
        with django_assert_max_num_queries(MAX_QUERIES) as captured:
            response = client.get(url)
        print(f"{len(captured):3d} queries  {url}")
        assert response.status_code == 200, url
