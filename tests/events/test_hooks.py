"""What events add to the core: the calendar in the navigation and the
featured event of newsletters."""

import datetime

import pytest
from django.utils import timezone
from newsletters.hooks import featured_blocks

from events.newsletter import event_card
from home.hooks import navigation_areas
from tests.factories.events import event_index, event_page

pytestmark = pytest.mark.django_db


def test_calendar_is_a_navigation_area(client):
    event_index()
    assert "events" in [area.key for area in navigation_areas()]
    assert 'href="/es/events/"' in client.get("/es/").content.decode()


def test_featured_event_block_is_registered():
    assert "featured_event" in [block.name for block in featured_blocks()]


def test_featured_event_card_in_the_readers_language():
    event = event_page(title="Desayuno", price="5.00")
    translation = event.copy_for_translation(event_index("pt").locale)
    translation.title = "Pequeno-almoço"
    translation.save_revision().publish()
    card = event_card({"event": event, "note": "¡Ven!"}, "pt")
    assert card["title"] == "Pequeno-almoço"
    assert card["url"].endswith("/pt/events/" + translation.slug + "/")
    assert card["note"] == "¡Ven!"
    assert "Badajoz" in card["text"]
    assert event_card({"event": event}, "es")["title"] == "Desayuno"


@pytest.mark.parametrize(
    "fields",
    [
        {"cancelled": True},
        {"start": timezone.now() - datetime.timedelta(days=2)},
    ],
)
def test_a_cancelled_or_past_event_is_left_out(fields):
    event = event_page(**fields)
    assert event_card({"event": event}, "es") is None
    assert event_card({"event": None}, "es") is None
