from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from newsletters.hooks import newsletter_segments

CONSENT_TEXT = _(
    "I want to receive Rumbo's newsletter by email. I can unsubscribe at any "
    "time with the link in every newsletter."
)
ACCOUNT_CONSENT_TEXT = _("Send me Rumbo's newsletter")


class SubscribeForm(forms.Form):
    email = forms.EmailField(
        label=_("Your email"),
        max_length=254,
        widget=forms.EmailInput(
            attrs={"autocomplete": "email", "placeholder": _("you@example.com")}
        ),
        error_messages={"invalid": _("Enter a valid email address.")},
    )
    next = forms.CharField(required=False, widget=forms.HiddenInput)


class PreferencesForm(forms.Form):
    subscribed = forms.BooleanField(required=False, label=ACCOUNT_CONSENT_TEXT)
    language = forms.ChoiceField(
        choices=settings.LANGUAGES, label=_("Language of the newsletter")
    )


class SegmentForm(forms.Form):
    """Who receives a send: languages, the groups apps register
    (newsletters.hooks.SEGMENTS) with their refinements, regions."""

    languages = forms.MultipleChoiceField(
        choices=settings.LANGUAGES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Preferred language"),
        help_text=_("None ticked: every language."),
    )
    roles = forms.MultipleChoiceField(
        choices=[],
        required=False,
        widget=forms.CheckboxSelectMultiple,
        label=_("Groups"),
        help_text=_(
            "None ticked: everyone subscribed. Several: anyone in one of them."
        ),
    )
    regions = forms.CharField(
        required=False,
        max_length=300,
        label=_("Region"),
        help_text=_("For example Algarve, Huelva. Several separated by commas."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        segments = newsletter_segments().values()
        self.fields["roles"].choices = [(s.key, s.label) for s in segments]
        self.refinement_names = []
        for segment in segments:
            for name, field in segment.form_fields().items():
                self.fields[name] = field
                self.refinement_names.append(name)
        self.order_fields(["languages", "roles", *self.refinement_names, "regions"])

    def refinement_fields(self) -> list:
        """The segments' own fields (a course, ...), bound, in order."""
        return [self[name] for name in self.refinement_names]

    def segment(self) -> dict:
        data = self.cleaned_data
        return {
            "languages": data.get("languages") or [],
            "roles": data.get("roles") or [],
            **{name: data.get(name) for name in self.refinement_names},
            "regions": [
                r.strip() for r in (data.get("regions") or "").split(",") if r.strip()
            ],
        }


class SendForm(SegmentForm):
    when = forms.ChoiceField(
        choices=[("now", _("Send now")), ("later", _("Schedule"))],
        initial="now",
        widget=forms.RadioSelect,
        label=_("When"),
    )
    scheduled_at = forms.DateTimeField(
        required=False,
        label=_("Date and time"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
    )

    def clean(self):
        data = super().clean()
        if data.get("when") == "later" and not data.get("scheduled_at"):
            self.add_error("scheduled_at", _("Choose when to send it."))
        return data


class TestSendForm(forms.Form):
    email = forms.EmailField(label=_("Send a test to"))


class ImportForm(forms.Form):
    file = forms.FileField(
        label=_("CSV file"),
        help_text=_(
            "Columns: email (required), language (es, pt, en), consent (yes/no). "
            "UTF-8, comma or semicolon separated."
        ),
    )
    consent_given = forms.BooleanField(
        required=False,
        label=_("Everyone in this file has consented to receive the newsletter"),
        help_text=_(
            "Otherwise only rows whose consent column says yes are subscribed; "
            "the others wait for confirmation and are not mailed."
        ),
    )
    consent_note = forms.CharField(
        required=False,
        max_length=500,
        label=_("How and when they consented"),
        help_text=_("For example: paper form at the Huelva fair, May 2026."),
    )

    ask_to_confirm = forms.BooleanField(
        required=False,
        label=_("Email a confirmation link to those who must confirm"),
        help_text=_(
            "Each is asked once, in their language; nobody is sent the newsletter "
            "before confirming."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if upload.size > 5 * 1024 * 1024:
            raise forms.ValidationError(_("The file is too large (at most 5 MB)."))
        return upload

    def clean(self):
        data = super().clean()
        if data.get("consent_given") and not (data.get("consent_note") or "").strip():
            self.add_error(
                "consent_note", _("Say how and when these people consented.")
            )
        return data
