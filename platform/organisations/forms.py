from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from organisations.models import OrganisationKind
from rumbo.regions import Region


class DirectoryFilterForm(forms.Form):
    """The directory's filters; unknown values are dropped, never an error page."""

    region = forms.ChoiceField(
        label=_("Region"),
        required=False,
        choices=[("", _("All regions")), *Region.choices],
    )
    kind = forms.ChoiceField(
        label=_("Kind of organisation"),
        required=False,
        choices=[("", _("All kinds")), *OrganisationKind.choices],
    )

    def cleaned_or_empty(self) -> dict:
        self.is_valid()
        return {
            name: self.cleaned_data.get(name, "")
            for name in self.fields
            if name not in self.errors
        }


class InviteForm(forms.Form):
    email = forms.EmailField(label=_("Email address"), max_length=254)
    language = forms.ChoiceField(
        label=_("Language of the invitation"),
        choices=settings.LANGUAGES,
        initial=settings.LANGUAGE_CODE,
    )
