"""Forms of the jobs board: list filters, posting an offer, applying, the
conversation and the status of an application."""

from datetime import timedelta

from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from jobs.models import Application, JobOffer
from jobs.services import OfferData
from rumbo.regions import Region
from rumbo.spoken_languages import SpokenLanguage


class OfferFilterForm(forms.Form):
    """The list's filters; a value that is not in a list is ignored."""

    kind = forms.ChoiceField(
        label=_("Kind"),
        required=False,
        choices=[("", _("Any kind")), *JobOffer.Kind.choices],
    )
    region = forms.ChoiceField(
        label=_("Region"),
        required=False,
        choices=[("", _("Any region")), *Region.choices],
    )
    language = forms.ChoiceField(
        label=_("Language"),
        required=False,
        choices=[("", _("Any language")), *SpokenLanguage.choices],
    )
    remote = forms.BooleanField(label=_("Remote only"), required=False)

    def filters(self) -> dict:
        """The valid filters only: a tampered one is dropped, never a 500."""
        self.is_valid()
        return {
            name: value
            for name, value in getattr(self, "cleaned_data", {}).items()
            if name in self.fields and value
        }


class OfferForm(forms.ModelForm):
    """Posting or changing an offer; the poster is chosen when posting only."""

    poster = forms.ChoiceField(
        label=_("Posted by"),
        error_messages={
            "invalid_choice": _(
                "You cannot post for this organisation or shop. Choose one you post for."
            )
        },
    )

    class Meta:
        model = JobOffer
        fields = [
            "title",
            "kind",
            "description",
            "town",
            "region",
            "remote",
            "languages",
            "language",
            "closing_date",
        ]
        widgets = {
            "description": forms.Textarea(attrs={"rows": 10}),
            "closing_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }
        help_texts = {
            "description": _(
                "What the job is, who you are looking for and what you offer. Plain text."
            ),
            "town": _("Leave it empty for a remote job."),
            "language": _("The language this offer is written in."),
        }

    def __init__(self, *args, posters=None, **kwargs):
        super().__init__(*args, **kwargs)
        if posters is None:
            del self.fields["poster"]
        else:
            self.fields["poster"].choices = [
                (p.key, f"{p.label} · {p.kind_label}" if p.kind_label else p.label)
                for p in posters
            ]
            self.order_fields(["poster"])
        self.fields["languages"].required = True
        self.fields["language"].initial = (get_language() or "es")[:2]
        self.fields["closing_date"].input_formats = ["%Y-%m-%d", "%d/%m/%Y"]
        self.fields["description"].max_length = 6000
        self.fields["description"].widget.attrs["maxlength"] = 6000
        if not self.instance.pk:
            self.fields["closing_date"].initial = timezone.localdate() + timedelta(
                days=30
            )

    def _post_clean(self):
        # The service validates and saves; the model's own checks would only
        # repeat them (and the place constraint before the service's message).
        pass

    def offer_data(self) -> OfferData:
        data = self.cleaned_data
        return OfferData(
            title=data["title"],
            description=data["description"],
            kind=data["kind"],
            town=data.get("town") or "",
            region=data.get("region") or "",
            remote=bool(data.get("remote")),
            languages=list(data.get("languages") or []),
            language=data.get("language") or settings.LANGUAGE_CODE,
            closing_date=data["closing_date"],
        )


class ApplyForm(forms.Form):
    message = forms.CharField(
        label=_("Your message"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "Who you are and why this job is for you. The poster sees your name, never your email address."
        ),
    )
    cv = forms.FileField(
        label=_("CV (PDF, at most 5 MB)"),
        required=False,
        widget=forms.ClearableFileInput(attrs={"accept": "application/pdf,.pdf"}),
    )


class MessageForm(forms.Form):
    body = forms.CharField(
        label=_("Your message"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("Status"), choices=Application.Status.choices)
