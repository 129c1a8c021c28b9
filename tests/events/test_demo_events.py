"""The demo calendar: events past and upcoming in three languages, one
cancelled, some online, some small; seeding twice adds nothing."""

import pytest
from django.utils import timezone

from demo.seeders import events as seeder
from events.models import EventIndexPage, EventPage

pytestmark = pytest.mark.django_db


def test_demo_events_in_three_languages_and_idempotent(client):
    line = seeder.seed()
    assert line and "18 events" in line
    assert EventIndexPage.objects.filter(slug="events").count() == 3
    for code in ("es", "pt", "en"):
        events = EventPage.objects.live().filter(locale__language_code=code)
        assert events.count() == 18
        now = timezone.now()
        assert events.filter(end__lt=now).count() >= 3
        assert events.filter(start__gt=now).count() >= 12
        assert events.filter(format="online").count() >= 4
        assert events.filter(cancelled=True).count() == 1
        assert events.filter(capacity__lte=5).count() >= 3
        assert set(events.values_list("time_zone", flat=True)) >= {
            "Europe/Madrid",
            "Europe/Lisbon",
        }
    keys = EventPage.objects.values_list("translation_key", flat=True)
    assert len(set(keys)) == 18
    assert seeder.seed() is None
    assert EventPage.objects.count() == 54
    for code in ("es", "pt", "en"):
        response = client.get(f"/{code}/events/")
        assert response.status_code == 200
        assert response.content.decode().count('class="event-card__title"') >= 12
