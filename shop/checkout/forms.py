"""Checkout forms (Oscar loads this module's classes with get_class).

The shipping address form speaks the page's language: country names come from
django-countries in the active language, the country defaults to the one the
page's language suggests, and Spanish and Portuguese postcodes are checked
with a message that shows the expected format.
"""

import re

from django import forms
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from oscar.apps.address.forms import UserAddressForm as OscarUserAddressForm
from oscar.apps.checkout import forms as oscar_forms

# Which country a page's language suggests (English pages: the programme's
# first country).
COUNTRY_FOR_LANGUAGE = {"es": "ES", "pt": "PT", "en": "ES"}
DEFAULT_COUNTRY = "ES"

# What a Spanish or Portuguese address asks for: no third line and no
# state (the postcode says the province or district).
FIELDS = [
    "first_name",
    "last_name",
    "line1",
    "line2",
    "postcode",
    "line4",
    "country",
    "phone_number",
    "notes",
]
AUTOCOMPLETE = {
    "first_name": "given-name",
    "last_name": "family-name",
    "line1": "address-line1",
    "line2": "address-line2",
    "line4": "address-level2",
    "postcode": "postal-code",
    "country": "country",
    "phone_number": "tel",
}

ES_POSTCODE = re.compile(r"^\d{5}$")
PT_POSTCODE = re.compile(r"^(\d{4})-?(\d{3})$")
POSTCODE_ERRORS = {
    "ES": _(
        "A Spanish postcode has five digits, from 01000 to 52999 (for example 21001)."
    ),
    "PT": _(
        "A Portuguese postcode has four digits, a hyphen and three digits "
        "(for example 8000-123)."
    ),
}


def country_for_language(language: str | None) -> str:
    """The country code a page in `language` preselects."""
    return COUNTRY_FOR_LANGUAGE.get((language or "")[:2], DEFAULT_COUNTRY)


def postcode_normalise(country_code: str, postcode: str) -> str | None:
    """`postcode` written the way `country_code` writes it, or None if it
    cannot be one of that country's postcodes. Countries we do not know
    keep the postcode as typed."""
    compact = re.sub(r"\s+", "", postcode or "").upper()
    if country_code == "ES":
        if ES_POSTCODE.match(compact) and 1000 <= int(compact) <= 52999:
            return compact
        return None
    if country_code == "PT":
        match = PT_POSTCODE.match(compact)
        if match and match.group(1)[0] != "0":
            return f"{match.group(1)}-{match.group(2)}"
        return None
    return postcode.strip()


class CountryNameChoiceField(forms.ModelChoiceField):
    """Oscar's countries, named in the page's language."""

    def label_from_instance(self, obj) -> str:
        return countries.name(obj.iso_3166_1_a2) or obj.printable_name


class AddressFormMixin:
    """Translated countries, a language-based default country and postcodes
    checked for Spain and Portugal. The address model's own postcode check
    (English country names, no format) gives way to this one."""

    def setup_address_fields(self) -> None:
        country = self.fields.get("country")
        if country is not None:
            self.fields["country"] = CountryNameChoiceField(
                queryset=country.queryset,
                empty_label=None,
                label=country.label,
                required=country.required,
            )
            code = country_for_language(translation.get_language())
            if (
                not self.is_bound
                and not self.initial.get("country")
                and country.queryset.filter(pk=code).exists()
            ):
                self.initial["country"] = code
        if "postcode" in self.fields:
            self.fields["postcode"].help_text = _(
                "Spain: 5 digits (21001). Portugal: 4 + 3 digits (8000-123)."
            )
        for name, token in AUTOCOMPLETE.items():
            if name in self.fields:
                self.fields[name].widget.attrs.setdefault("autocomplete", token)
        if "notes" in self.fields:
            self.fields["notes"].widget.attrs["rows"] = 3

    def clean(self):
        data = super().clean()
        country = data.get("country")
        postcode = data.get("postcode")
        if country is not None and postcode:
            code = country.iso_3166_1_a2
            normalised = postcode_normalise(code, postcode)
            if normalised is None:
                self.add_error("postcode", POSTCODE_ERRORS[code])
            else:
                data["postcode"] = normalised
        return data

    def _post_clean(self):
        # clean() has checked Spanish and Portuguese postcodes with a message
        # naming the format; the model's own check (which names the country
        # in English) runs only for other countries. The override lives only
        # while the model validates: Oscar stores the address's __dict__.
        address = self.instance
        model_check = address.ensure_postcode_is_valid_for_country

        def postcode_check():
            if address.country_id not in POSTCODE_ERRORS:
                model_check()

        address.ensure_postcode_is_valid_for_country = postcode_check
        try:
            super()._post_clean()
        finally:
            del address.ensure_postcode_is_valid_for_country


class ShippingAddressForm(AddressFormMixin, oscar_forms.ShippingAddressForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.setup_address_fields()

    class Meta(oscar_forms.ShippingAddressForm.Meta):
        fields = FIELDS


class UserAddressForm(AddressFormMixin, OscarUserAddressForm):
    """A signed-in buyer's address book entry, edited during checkout."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.setup_address_fields()

    class Meta(OscarUserAddressForm.Meta):
        fields = FIELDS
