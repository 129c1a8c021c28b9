from django import forms
from django.utils.translation import gettext_lazy as _


class WallFilterForm(forms.Form):
    """The wall's filters; an unknown tag or organisation is ignored, never an
    error page."""

    # Any tag's slug (a card links to its tags, the list offers the most
    # used): one that no post has shows no post.
    tag = forms.SlugField(
        label=_("Topic"),
        required=False,
        max_length=100,
        allow_unicode=True,
        widget=forms.Select,
    )
    organisation = forms.ChoiceField(label=_("Published by"), required=False)

    def __init__(self, *args, tags=(), organisations=(), **kwargs):
        super().__init__(*args, **kwargs)
        choices = [("", _("All topics"))] + [(tag.slug, tag.name) for tag in tags]
        asked = self.data.get("tag", "") if self.is_bound else ""
        if asked and len(asked) <= 100 and asked not in dict(choices):
            choices.append((asked, asked))
        self.fields["tag"].widget.choices = choices
        self.fields["organisation"].choices = [
            ("", _("Everyone")),
            ("programme", _("Rumbo programme")),
        ] + [
            (str(organisation.pk), organisation.title) for organisation in organisations
        ]

    def cleaned_or_empty(self) -> dict:
        """Valid filters only: a tampered value is ignored rather than refused."""
        self.is_valid()
        return {
            name: self.cleaned_data.get(name, "")
            for name in self.fields
            if name not in self.errors
        }
