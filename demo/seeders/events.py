"""Demo events: the calendar under each locale's home (slug "events") and
18 events around the seeding day, past and upcoming, in Spain and Portugal
and online, in Spanish, Portuguese and English as Wagtail translations of
each other.

demo/data/events.json holds them: ``days`` counts from the seeding day,
``time`` is the wall-clock time in the event's ``zone``, ``organiser`` the
n-th demo organisation (demo/seeders/organisations.py, run before) or null
for the programme's own. Small capacities (2 to 5 places) let the
registrations demo fill events and put people on a waiting list. Pictures are
drawn locally (demo.illustrations). Safe to run again: an event that exists
is left as it is.
"""

import datetime
import io
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.files.images import ImageFile
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify
from wagtail.images import get_image_model
from wagtail.models import Locale

from demo import illustrations
from demo.content import load
from events.models import EventIndexPage, EventPage
from home.models import HomePage
from home.services import child_page_ensure, locales_ensure, page_publish


def calendar_ensure(locales: dict[str, Locale]) -> dict[str, EventIndexPage]:
    """The calendar of every locale, slug "events", published."""
    home = HomePage.objects.get(locale__language_code=settings.LANGUAGE_CODE)
    texts = load("events")["calendar"]
    child_page_ensure(
        home,
        EventIndexPage,
        locales,
        fields_for=lambda code: dict(texts.get(code, texts["en"])),
        slug_for=lambda code: "events",
    )
    return {
        page.locale.language_code: page
        for page in EventIndexPage.objects.select_related("locale")
    }


def _image_ensure(key: str, spec: dict):
    Image = get_image_model()
    title = f"Event picture: {key}"
    image = Image.objects.filter(title=title).first()
    if image is None:
        data = illustrations.cover_png(spec["art"], spec["palette"], key)
        image = Image(title=title, file=ImageFile(io.BytesIO(data), name=f"{key}.png"))
        image.save()
    return image


def _organisers(locales) -> dict[str, list]:
    from organisations.models import OrganisationPage

    return {
        code: list(
            OrganisationPage.objects.live().filter(locale=locale).order_by("path")
        )
        for code, locale in locales.items()
    }


# Nobody holds a networking breakfast on these days.
HOLIDAYS = {(12, 24), (12, 25), (12, 31), (1, 1), (1, 6)}


def _working_day(day: datetime.date) -> datetime.date:
    """``day``, or the next day that is neither a Sunday nor a holiday."""
    while day.weekday() == 6 or (day.month, day.day) in HOLIDAYS:
        day += datetime.timedelta(days=1)
    return day


def _fields(spec: dict, code: str, today: datetime.date, image) -> dict:
    text = spec.get(code) or spec["en"]
    zone = ZoneInfo(spec["zone"])
    hour, minute = (int(part) for part in spec["time"].split(":"))
    day = _working_day(today + datetime.timedelta(days=spec["days"]))
    start = datetime.datetime(day.year, day.month, day.day, hour, minute, tzinfo=zone)
    end = start + datetime.timedelta(minutes=spec["minutes"])
    online = spec["format"] == "online"
    return {
        "title": text["title"],
        "description": f"<p>{escape(text['description'])}</p>",
        "image": image,
        "image_alt": text["title"],
        "start": start.astimezone(datetime.UTC),
        "end": end.astimezone(datetime.UTC),
        "time_zone": spec["zone"],
        "format": spec["format"],
        "venue": "" if online else spec["venue"],
        "address": "" if online else spec["address"],
        "town": "" if online else spec["town"],
        "region": "" if online else spec["region"],
        "online_url": spec.get("online_url", "") if online else "",
        "languages": spec["languages"],
        "capacity": spec.get("capacity"),
        "registration_deadline": (start - datetime.timedelta(days=1)).astimezone(
            datetime.UTC
        ),
        "price": spec.get("price"),
        "cancelled": spec.get("cancelled", False),
        "topic": spec["topic"],
    }


def _parent(spec, code, calendars, organisers):
    index = spec.get("organiser")
    found = organisers.get(code) or []
    if index is not None and found:
        return found[index % len(found)]
    return calendars[code]


def _event_ensure(spec, locales, calendars, organisers, today) -> int:
    """The event in every language; how many pages were created."""
    image = _image_ensure(spec["key"], spec)
    codes = [settings.LANGUAGE_CODE] + [
        code for code in locales if code != settings.LANGUAGE_CODE
    ]
    source = EventPage.objects.filter(
        locale=locales[codes[0]], slug=spec["key"]
    ).first()
    created = 0
    if source is None:
        parent = _parent(spec, codes[0], calendars, organisers)
        source = parent.add_child(
            instance=EventPage(
                slug=spec["key"],
                locale=locales[codes[0]],
                **_fields(spec, codes[0], today, image),
            )
        )
        source.save_revision().publish()
        created += 1
    for code in codes[1:]:
        locale = locales[code]
        if source.get_translation_or_none(locale) is not None:
            continue
        fields = _fields(spec, code, today, image)
        parent = _parent(spec, code, calendars, organisers)
        slug = slugify(fields["title"])[:80]
        if EventPage.objects.child_of(parent).filter(slug=slug).exists():
            slug = f"{slug}-{spec['key']}"[:80]
        translated = source.get_parent().get_translation_or_none(locale)
        if translated is not None and translated.pk == parent.pk:
            page = source.copy_for_translation(locale)
            page.slug = slug
            page_publish(page, fields)
        else:
            # The organisation has no page in this language: the event goes
            # to that language's calendar, still the same event (its key).
            page = parent.add_child(
                instance=EventPage(
                    slug=slug,
                    locale=locale,
                    translation_key=source.translation_key,
                    **fields,
                )
            )
            page.save_revision().publish()
        created += 1
    return created


def seed() -> str | None:
    locales = locales_ensure()
    calendars = calendar_ensure(locales)
    organisers = _organisers(locales)
    today = timezone.localdate()
    specs = load("events")["events"]
    created = sum(
        _event_ensure(spec, locales, calendars, organisers, today) for spec in specs
    )
    if not created:
        return None
    return f"{len(specs)} events in {len(locales)} languages ({created} pages added)"
