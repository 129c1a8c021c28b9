"""What event registration adds to newsletters: the segment "registered for an
event". Registered in wagtail_hooks.py (newsletters.hooks)."""

import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Exists, Q
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from newsletters.hooks import Segment

from events.registrations.models import Registration
from events.registrations.selectors import event_choices


class EventRegistrantsSegment(Segment):
    """People with a seat or a place on the waiting list at an event (one
    event, chosen by its translation key, or any)."""

    key = "event_registrants"
    label = gettext_lazy("Registered for an event")
    name = gettext_lazy("people registered for an event")

    def condition(self, definition, user):
        registrations = Registration.objects.filter(
            person=user, status__in=Registration.ACTIVE
        )
        if definition.get("event"):
            registrations = registrations.filter(event_key=definition["event"])
        return Q(Exists(registrations))

    def form_fields(self):
        return {
            "event": forms.ChoiceField(
                required=False,
                label=gettext_lazy("Registered for the event"),
                choices=[("", gettext_lazy("Any event")), *event_choices()],
            ),
        }

    def clean(self, raw):
        event = str(raw.get("event") or "").strip()
        if event:
            try:
                event = str(uuid.UUID(event))
            except ValueError as error:
                raise ValidationError(_("Choose an event from the list.")) from error
        return {"event": event}

    def narrows(self, refinements):
        return bool(refinements["event"])

    def describe(self, definition):
        return [_("of one event")] if definition.get("event") else []
