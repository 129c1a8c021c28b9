"""The shop's browse and search forms: plain Django forms, no Haystack.

Oscar loads these by name (``get_class("search.forms", ...)``), so its header
search box and context processor use them too. Unknown or tampered values are
dropped, never an error page.
"""

from decimal import Decimal

from django import forms
from django.utils.translation import gettext_lazy as _

from shop.partner.models import Partner

MAX_QUERY = 100

KIND_PRODUCT = "product"
KIND_SERVICE = "service"
KIND_CHOICES = [
    ("", _("Products and services")),
    (KIND_PRODUCT, _("Products")),
    (KIND_SERVICE, _("Services")),
]

RELEVANCE = "relevance"
NEWEST = "newest"
PRICE_ASC = "price-asc"
PRICE_DESC = "price-desc"
SORT_CHOICES = [
    (RELEVANCE, _("Best match")),
    (NEWEST, _("Newest")),
    (PRICE_ASC, _("Price, low to high")),
    (PRICE_DESC, _("Price, high to low")),
]


class SearchInput(forms.TextInput):
    input_type = "search"


class SearchForm(forms.Form):
    """Text query and filters of the catalogue, its categories and search."""

    q = forms.CharField(
        label=_("Search"),
        required=False,
        max_length=MAX_QUERY,
        widget=SearchInput(attrs={"placeholder": _("Honey, ceramics, guided tours…")}),
    )
    category = forms.TypedChoiceField(
        label=_("Category"), required=False, coerce=int, empty_value=None
    )
    kind = forms.ChoiceField(label=_("Type"), required=False, choices=KIND_CHOICES)
    region = forms.ChoiceField(
        label=_("Region"),
        required=False,
        choices=[("", _("All regions")), *Partner.Region.choices],
    )
    seller = forms.SlugField(required=False, max_length=128, widget=forms.HiddenInput)
    price_min = forms.DecimalField(
        label=_("Price from (EUR)"),
        required=False,
        min_value=Decimal("0"),
        max_digits=9,
        decimal_places=2,
        localize=True,
    )
    price_max = forms.DecimalField(
        label=_("Price up to (EUR)"),
        required=False,
        min_value=Decimal("0"),
        max_digits=9,
        decimal_places=2,
        localize=True,
    )
    sort_by = forms.ChoiceField(
        label=_("Sort by"), required=False, choices=SORT_CHOICES
    )

    def __init__(self, *args, categories=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].choices = [("", _("All categories"))] + [
            (category.pk, "— " * (category.depth - 1) + category.name)
            for category in categories
        ]

    def cleaned_or_empty(self) -> dict:
        """Valid filters only: a tampered value is ignored rather than refused."""
        self.is_valid()
        return {
            name: self.cleaned_data.get(name)
            for name in self.fields
            if name not in self.errors
        }


class BrowseCategoryForm(SearchForm):
    """Oscar's name for the catalogue's form; the same filters as search."""


class CategoryForm(SearchForm):
    """Oscar's name for a category page's form; the category is in the URL."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["category"]
