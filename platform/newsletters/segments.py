"""Who a send reaches: a small JSON definition turned into a subscriber queryset.

Definition (every key optional)::

    {"languages": ["pt"], "regions": ["Algarve"],
     "roles": ["learners", "sellers", "mentors", "mentees"],
     "course": "<translation key of a course>", "certified": "any|yes|no"}

Only confirmed subscribers are ever included. Languages and regions narrow the
audience; roles widen within it (a seller OR a mentor ...); no roles means
everyone subscribed. The roles, and refinements such as the course, are the
segments feature apps register (newsletters.hooks.SEGMENTS).
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import OuterRef, Q, QuerySet
from django.utils.translation import gettext as _

from newsletters.hooks import newsletter_segments
from newsletters.models import Subscriber
from rumbo.regions import Region


def segment_clean(raw: dict) -> dict:
    """A validated, normalised definition; ValidationError on anything unknown."""
    if not isinstance(raw, dict):
        raise ValidationError(_("The recipients could not be read."))
    segments = newsletter_segments()
    codes = {code for code, _name in settings.LANGUAGES}
    languages = sorted({str(x) for x in raw.get("languages") or []})
    if any(code not in codes for code in languages):
        raise ValidationError(_("Choose languages from the list."))
    roles = sorted({str(x) for x in raw.get("roles") or []})
    if any(role not in segments for role in roles):
        raise ValidationError(_("Choose groups from the list."))
    regions = sorted(
        {str(x).strip()[:60] for x in raw.get("regions") or [] if str(x).strip()}
    )
    refinements = {}
    for segment in segments.values():
        own = segment.clean(raw)
        if segment.narrows(own) and segment.key not in roles:
            roles = sorted({*roles, segment.key})
        refinements.update(own)
    return {"languages": languages, "regions": regions, "roles": roles, **refinements}


def _region(text: str, segments) -> Q:
    """People whose account says the region, or whom an app places in a region
    whose name contains it (a shop, a mentor's profile; one list: rumbo.regions)."""
    needle = text.casefold()
    codes = [code for code, label in Region.choices if needle in str(label).casefold()]
    condition = Q(user__region__icontains=text)
    if codes:
        for segment in segments:
            placed = segment.in_regions(codes, OuterRef("user"))
            if placed is not None:
                condition |= placed
    return condition


def segment_subscribers(definition: dict) -> QuerySet[Subscriber]:
    """Confirmed subscribers matching a clean definition."""
    segments = newsletter_segments()
    subscribers = Subscriber.objects.filter(status=Subscriber.Status.SUBSCRIBED)
    if definition.get("languages"):
        subscribers = subscribers.filter(language__in=definition["languages"])
    if definition.get("regions"):
        regions = Q()
        for text in definition["regions"]:
            regions |= _region(text, segments.values())
        subscribers = subscribers.filter(regions)
    roles = definition.get("roles") or []
    if roles:
        condition = Q()
        for role in roles:
            condition |= segments[role].condition(definition, OuterRef("user"))
        subscribers = subscribers.filter(user__isnull=False).filter(condition)
    return subscribers


def segment_count(definition: dict) -> int:
    return segment_subscribers(definition).count()


def segment_describe(definition: dict) -> str:
    """A short human description for listings and summaries."""
    segments = newsletter_segments()
    parts = []
    names = dict(settings.LANGUAGES)
    roles = [r for r in definition.get("roles") or [] if r in segments]
    parts.append(
        " / ".join(str(segments[r].name) for r in roles)
        if roles
        else _("everyone subscribed")
    )
    for segment in segments.values():
        parts.extend(segment.describe(definition))
    if definition.get("languages"):
        parts.append(
            _("in %(languages)s")
            % {"languages": ", ".join(str(names[c]) for c in definition["languages"])}
        )
    if definition.get("regions"):
        parts.append(
            _("in the region %(regions)s")
            % {"regions": ", ".join(definition["regions"])}
        )
    return " · ".join(str(p) for p in parts)
