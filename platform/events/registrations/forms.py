"""Forms of event registration: the person's buttons and the organiser's tools."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _


def _no_nul(value: str) -> str:
    if "\x00" in value:
        raise ValidationError(_("Remove the invisible characters from the text."))
    return value


class RegistrationActionForm(forms.Form):
    """Register (or join the waiting list), or cancel."""

    action = forms.ChoiceField(
        choices=[("register", "register"), ("cancel", "cancel")],
        error_messages={"invalid_choice": _("Choose register or cancel.")},
    )


class AttendanceForm(forms.Form):
    """Ticked: came. ``shown``: the ids listed on the page, so that unticked
    ones are recorded as absent (and rows on other pages left alone)."""

    shown = forms.CharField(widget=forms.HiddenInput, required=False)
    attended = forms.TypedMultipleChoiceField(coerce=int, required=False, choices=[])

    def __init__(self, *args, choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["attended"].choices = [(pk, str(pk)) for pk in choices]
        self.fields["attended"].error_messages["invalid_choice"] = _(
            "The list has changed: reload the page and mark attendance again."
        )

    def clean_shown(self) -> set[int]:
        try:
            return {int(x) for x in self.cleaned_data["shown"].split(",") if x}
        except ValueError as error:
            raise ValidationError(
                _("The list has changed: reload the page and mark attendance again.")
            ) from error


class RegistrantsMessageForm(forms.Form):
    subject = forms.CharField(label=_("Subject"), max_length=150, validators=[_no_nul])
    body = forms.CharField(
        label=_("Message"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 8}),
        validators=[_no_nul],
    )
    waiting_too = forms.BooleanField(
        label=_("Send it to the waiting list too"), required=False, initial=True
    )


class EventCancelForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (optional, sent to everyone registered)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        validators=[_no_nul],
    )
    confirm = forms.BooleanField(
        label=_("Yes, cancel this event in every language"),
        error_messages={"required": _("Tick the box to cancel the event.")},
    )
