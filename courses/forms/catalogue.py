from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from courses.models import Level

LENGTH_CHOICES = [
    ("short", _("Up to 10 hours")),
    ("medium", _("11 to 25 hours")),
    ("long", _("More than 25 hours")),
]


class CatalogueFilterForm(forms.Form):
    """The catalogue's filters; unknown values are dropped, never an error page."""

    q = forms.CharField(label=_("Search"), required=False, max_length=100)
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    level = forms.ChoiceField(
        label=_("Level"),
        required=False,
        choices=[("", _("Any level")), *Level.choices],
    )
    language = forms.ChoiceField(
        label=_("Language of instruction"),
        required=False,
        choices=[("", _("Any language")), *settings.LANGUAGES],
    )
    length = forms.ChoiceField(
        label=_("Length"),
        required=False,
        choices=[("", _("Any length")), *LENGTH_CHOICES],
    )

    def __init__(self, *args, topics=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].choices = [("", _("All topics"))] + [
            (topic.slug, topic.name) for topic in topics
        ]

    def cleaned_or_empty(self) -> dict:
        """Valid filters only: a tampered value is ignored rather than refused."""
        self.is_valid()
        return {
            name: self.cleaned_data.get(name, "")
            for name in self.fields
            if name not in self.errors
        }
