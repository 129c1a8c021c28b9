"""Event pages for tests, built under the real tree: the locale's calendar
(slug "events") or an organisation page.

Plain functions: Wagtail pages need `add_child`. ``events_bulk`` writes
thousands at once (treebeard paths set by hand) for query caps and
benchmarks.
"""

import datetime
from itertools import count

from django.utils import timezone
from wagtail.models import Page

from events.models import EventIndexPage, EventPage
from home.models import HomePage
from tests.benchmarks.data import children_bulk

_numbers = count(1)

TITLES = {"es": "Calendario", "pt": "Agenda", "en": "Events"}


def event_index(locale: str = "es") -> EventIndexPage:
    """The locale's calendar, created under its home page if missing."""
    home = HomePage.objects.get(locale__language_code=locale)
    index = EventIndexPage.objects.child_of(home).first()
    if index is None and locale != "es":
        # A translation of the Spanish calendar, as the demo builds them.
        index = event_index("es").copy_for_translation(home.locale)
        index.title = TITLES.get(locale, "Events")
        index.slug = "events"
        index.save_revision().publish()
        index.refresh_from_db()
    elif index is None:
        index = home.add_child(
            instance=EventIndexPage(
                title=TITLES.get(locale, "Events"), slug="events", locale=home.locale
            )
        )
        index.save_revision().publish()
    return index


def event_fields(number: int, **kwargs) -> dict:
    start = kwargs.pop("start", None) or timezone.now() + datetime.timedelta(days=7)
    fields = {
        "title": f"Evento {number}",
        "slug": f"evento-{number}",
        "description": f"<p>Desayuno de networking número {number}.</p>",
        "start": start,
        "end": start + datetime.timedelta(hours=2),
        "time_zone": "Europe/Madrid",
        "format": "in_person",
        "venue": "Cámara de Comercio",
        "address": "Calle Mayor 1",
        "town": "Badajoz",
        "region": "es-ex",
        "languages": ["es"],
        "topic": "networking",
    }
    fields.update(kwargs)
    return fields


def event_page(parent=None, *, publish: bool = True, **kwargs) -> EventPage:
    """A live event a week from now under ``parent`` (the Spanish calendar
    by default), in person in Badajoz, free and unlimited unless told."""
    parent = parent or event_index()
    number = next(_numbers)
    event = EventPage(locale=parent.locale, **event_fields(number, **kwargs))
    parent.add_child(instance=event)
    if publish:
        event.save_revision().publish()
    else:
        Page.objects.filter(pk=event.pk).update(live=False)
        event.refresh_from_db()
    return event


def events_bulk(parent, how_many: int, *, first: int = 0, **kwargs) -> list:
    """``how_many`` live events under ``parent``, written in bulk: one an
    hour apart from now on, spread over regions, formats, topics and
    languages; every tenth in the past."""
    regions = ["es-ex", "es-md", "pt-li", "pt-no", "es-an", "pt-fa"]
    topics = ["networking", "financing", "marketing", "digital", "cross_border"]
    languages = [["es"], ["pt"], ["es", "pt"], ["en", "es"]]
    now = timezone.now()
    events = []
    for number in range(first, first + how_many):
        past = number % 10 == 0
        start = now + datetime.timedelta(hours=(-number if past else number) + 1)
        fields = event_fields(
            number,
            title=f"Evento masivo {number:05d}",
            slug=f"masivo-{number}",
            start=start,
            region=regions[number % len(regions)],
            town=("Badajoz", "Madrid", "Lisboa", "Porto", "Sevilla", "Faro")[
                number % 6
            ],
            format="online" if number % 7 == 0 else "in_person",
            online_url="https://meet.example.org/x" if number % 7 == 0 else "",
            topic=topics[number % len(topics)],
            languages=languages[number % len(languages)],
            time_zone="Europe/Lisbon"
            if regions[number % len(regions)].startswith("pt")
            else "Europe/Madrid",
            capacity=20 if number % 3 == 0 else None,
        )
        fields.update(kwargs)
        events.append(EventPage(locale=parent.locale, **fields))
    children_bulk(parent, events)
    return events
