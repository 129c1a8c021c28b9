"""The event editor in Wagtail, and the calendar's filters.

Editors anywhere type an event's times as its own wall-clock times: a Lisbon
editor preparing a Madrid breakfast types 9:00, not 8:00. So the admin form
shows and reads ``start``, ``end`` and ``registration_deadline`` in the
event's ``time_zone``, not in the editor's.
"""

import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

from django import forms
from django.core.validators import MinValueValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from rumbo.regions import Region
from rumbo.spoken_languages import SpokenLanguage

WALL_TIME_FIELDS = ("start", "end", "registration_deadline")
DEFAULT_ZONE = "Europe/Madrid"


class WallTimeField(forms.DateTimeField):
    """A date and time read as typed, without a time zone: the form places
    it in the event's zone once it knows which one."""

    def to_python(self, value):
        # UTC has no missing or doubled hours, so nothing is refused here
        # for a clock change in the editor's own zone.
        with timezone.override(datetime.UTC):
            result = super().to_python(value)
        return result.replace(tzinfo=None) if result else result


def wall_time(value: datetime.datetime, zone: ZoneInfo) -> datetime.datetime:
    """An instant as the naive wall-clock time of ``zone``."""
    return value.astimezone(zone).replace(tzinfo=None)


def instant(naive: datetime.datetime, zone: ZoneInfo) -> datetime.datetime | None:
    """The instant a wall-clock time of ``zone`` names, or None when that
    time does not exist there (the hour skipped when clocks go forward). A
    time that happens twice (clocks going back) is its first occurrence."""
    # In UTC at once: Python never finds an ambiguous local time equal to
    # anything in another zone.
    aware = naive.replace(tzinfo=zone, fold=0).astimezone(datetime.UTC)
    if wall_time(aware, zone) != naive:
        return None
    return aware


def _zone(name) -> ZoneInfo:
    try:
        return ZoneInfo(name or DEFAULT_ZONE)
    except (ValueError, KeyError, OSError):
        return ZoneInfo(DEFAULT_ZONE)


class EventPageForm(WagtailAdminPageForm):
    """Times in the event's zone; the rules an event must keep to be shown
    and registered for."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zone = _zone(getattr(self.instance, "time_zone", None))
        for name in WALL_TIME_FIELDS:
            old = self.fields.get(name)
            if old is None:
                continue
            self.fields[name] = WallTimeField(
                required=old.required,
                label=old.label,
                help_text=old.help_text,
                widget=old.widget,
            )
            value = self.initial.get(name)
            if isinstance(value, datetime.datetime) and timezone.is_aware(value):
                self.initial[name] = wall_time(value, zone)
        capacity = self.fields.get("capacity")
        if capacity is not None:
            # The model's "at least 0" would speak of 0; the rule is 1.
            capacity.validators = [
                v for v in capacity.validators if not isinstance(v, MinValueValidator)
            ]
            capacity.min_value = None
            capacity.widget.attrs["min"] = 1

    def clean_capacity(self):
        capacity = self.cleaned_data.get("capacity")
        if capacity is not None and capacity < 1:
            raise forms.ValidationError(
                _("Capacity must be at least one place. Leave it empty for no limit.")
            )
        return capacity

    def clean_price(self):
        price = self.cleaned_data.get("price")
        if price is not None and price < Decimal(0):
            raise forms.ValidationError(
                _("The price cannot be negative. Leave it empty for a free event.")
            )
        return price

    def clean(self):
        cleaned = super().clean()
        zone = _zone(cleaned.get("time_zone"))
        for name in WALL_TIME_FIELDS:
            value = cleaned.get(name)
            if not isinstance(value, datetime.datetime):
                continue
            if timezone.is_aware(value):  # not through WallTimeField
                value = wall_time(value, timezone.get_current_timezone())
            aware = instant(value, zone)
            if aware is None:
                self.add_error(
                    name,
                    _(
                        "This time does not exist in the event's time zone: the "
                        "clocks go forward that night. Choose another time."
                    ),
                )
                continue
            cleaned[name] = aware
        self._clean_times(cleaned)
        self._clean_place(cleaned)
        return cleaned

    def _clean_times(self, cleaned):
        start, end = cleaned.get("start"), cleaned.get("end")
        deadline = cleaned.get("registration_deadline")
        valid = [isinstance(v, datetime.datetime) for v in (start, end, deadline)]
        if valid[0] and valid[1] and end <= start:
            self.add_error("end", _("The event must end after it starts."))
        if valid[1] and valid[2] and deadline > end:
            self.add_error(
                "registration_deadline",
                _("Registration must close before the event ends."),
            )

    def _clean_place(self, cleaned):
        if cleaned.get("format") == "online":
            if not cleaned.get("online_url") and "online_url" not in self.errors:
                self.add_error(
                    "online_url",
                    _(
                        "Give the link of an online event (only registered people see it)."
                    ),
                )
            return
        if "format" not in cleaned:
            return
        if not (cleaned.get("town") or "").strip():
            self.add_error("town", _("Give the town of an event held in person."))
        if not cleaned.get("region"):
            self.add_error("region", _("Choose the region of an event held in person."))
        venue = (cleaned.get("venue") or "").strip()
        address = (cleaned.get("address") or "").strip()
        if not venue and not address:
            self.add_error(
                "venue", _("Give the venue or the address of an event held in person.")
            )


class WHEN:
    UPCOMING = "upcoming"
    PAST = "past"


class CalendarFilterForm(forms.Form):
    """The calendar's filters, from the query string. A tampered value is
    ignored, never refused: the list is shown without it."""

    when = forms.ChoiceField(
        required=False,
        label=_("When"),
        choices=[(WHEN.UPCOMING, _("Upcoming")), (WHEN.PAST, _("Past"))],
    )
    region = forms.ChoiceField(
        required=False,
        label=_("Region"),
        choices=[("", _("Any region")), *Region.choices],
    )
    town = forms.CharField(required=False, label=_("Town"), max_length=100)
    format = forms.ChoiceField(
        required=False,
        label=_("Format"),
        choices=[
            ("", _("In person or online")),
            ("in_person", _("In person")),
            ("online", _("Online")),
        ],
    )
    organiser = forms.ChoiceField(required=False, label=_("Organiser"))
    topic = forms.ChoiceField(required=False, label=_("Topic"))
    language = forms.ChoiceField(
        required=False,
        label=_("Language"),
        choices=[("", _("Any language")), *SpokenLanguage.choices],
    )

    def __init__(self, *args, organisers=(), topics=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organiser"].choices = [
            ("", _("Any organiser")),
            *((org.slug, org.title) for org in organisers),
        ]
        self.fields["topic"].choices = [("", _("Any topic")), *topics]

    def cleaned_or_empty(self) -> dict:
        self.is_valid()
        return {
            name: self.cleaned_data.get(name) or ""
            for name in self.fields
            if name not in self.errors
        }
