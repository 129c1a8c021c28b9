"""What events add to newsletters: the featured event block.

Registered in events/wagtail_hooks.py (newsletters.hooks).
"""

from django.utils import formats, timezone, translation
from django.utils.translation import gettext_lazy
from newsletters.hooks import FeaturedBlock
from newsletters.rendering import CARD_RENDITION, absolute
from wagtail import blocks
from wagtail.models import Locale

from events.calendar import plain_text
from events.display import event_times


class FeaturedEventBlock(blocks.StructBlock):
    event = blocks.PageChooserBlock(
        page_type="events.EventPage", label=gettext_lazy("Event")
    )
    note = blocks.CharBlock(
        required=False, max_length=200, label=gettext_lazy("Why it matters")
    )

    class Meta:
        icon = "date"
        label = gettext_lazy("Featured event")


def event_card(value, language: str) -> dict | None:
    """The event in the reader's language if translated, while it is live,
    not cancelled and not over."""
    event = value.get("event")
    if event is None:
        return None
    event = event.specific
    locale = Locale.objects.filter(language_code=language).first()
    if locale is not None and event.locale_id != locale.pk:
        event = (event.get_translation_or_none(locale) or event).specific
    if not event.live or event.cancelled or event.end < timezone.now():
        return None
    times = event_times(event)
    when = "{} {} ({})".format(
        formats.date_format(times.local.start, "DATE_FORMAT"),
        formats.time_format(times.local.start, "H:i"),
        times.local.place,
    )
    place = (
        translation.gettext("Online")
        if event.format == "online"
        else ", ".join(p for p in (event.venue, event.town) if p)
    )
    image = event.image
    return {
        "kind": "event",
        "kind_label": translation.gettext("Event"),
        "title": event.title,
        "text": f"{when} · {place}. {plain_text(str(event.description or ''))}",
        "note": value.get("note", ""),
        "url": absolute(event.full_url or event.url or ""),
        "image": absolute(image.get_rendition(CARD_RENDITION).url) if image else "",
        "cta": translation.gettext("See the event"),
    }


def featured_event() -> FeaturedBlock:
    return FeaturedBlock(
        name="featured_event", block=FeaturedEventBlock(), card=event_card
    )
