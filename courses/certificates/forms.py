from django import forms
from django.utils.translation import gettext_lazy as _

from courses.certificates.services import NAME_MAX_LENGTH, REASON_MAX_LENGTH


class RenameForm(forms.Form):
    name = forms.CharField(
        label=_("Your name as it should appear on the certificate"),
        max_length=NAME_MAX_LENGTH,
        help_text=_("You can correct it once; after that, ask the Rumbo team."),
    )


class RevokeForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for revoking"),
        max_length=REASON_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Shown on the certificate's public verification page."),
    )
