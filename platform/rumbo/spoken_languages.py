"""The languages an event is held in or a job asks for: one list for the whole
platform, kept as comma-separated codes so that "held in Portuguese" is one
``languages__has`` filter on SQLite as on PostgreSQL."""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _


class SpokenLanguage(models.TextChoices):
    SPANISH = "es", _("Spanish")
    PORTUGUESE = "pt", _("Portuguese")
    ENGLISH = "en", _("English")
    FRENCH = "fr", _("French")
    ARABIC = "ar", _("Arabic")
    ROMANIAN = "ro", _("Romanian")
    UKRAINIAN = "uk", _("Ukrainian")
    CHINESE = "zh", _("Chinese")
    GALICIAN = "gl", _("Galician")
    CATALAN = "ca", _("Catalan")


class SpokenLanguagesField(models.CharField):
    """A list of `SpokenLanguage` codes, chosen with checkboxes.

    Filter with ``<field>__has=code``: codes are stored between commas
    (",es,pt,"), so one never matches inside another.
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 64)
        kwargs.setdefault("blank", True)
        kwargs.setdefault("default", list)
        super().__init__(*args, **kwargs)

    def deconstruct(self):
        name, path, args, kwargs = super().deconstruct()
        if kwargs.get("max_length") == 64:
            del kwargs["max_length"]
        return name, path, args, kwargs

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if isinstance(value, list | tuple):
            return [code for code in value if code]
        return [code for code in (value or "").split(",") if code]

    def get_prep_value(self, value):
        if isinstance(value, str):  # a lookup value: one code
            return f",{value},"
        codes = [code for code in (value or []) if code in SpokenLanguage.values]
        return f",{','.join(codes)}," if codes else ""

    def value_to_string(self, obj):
        return ",".join(self.value_from_object(obj))

    def validate(self, value, model_instance):
        unknown = [code for code in value if code not in SpokenLanguage.values]
        if unknown:
            raise forms.ValidationError(_("Choose languages from the list."))
        if not value and not self.blank:
            raise forms.ValidationError(self.error_messages["blank"])

    def formfield(self, **kwargs):
        return forms.TypedMultipleChoiceField(
            choices=SpokenLanguage.choices,
            required=not self.blank,
            widget=forms.CheckboxSelectMultiple,
            label=self.verbose_name,
            help_text=self.help_text,
        )

    def labels(self, codes) -> list:
        names = dict(SpokenLanguage.choices)
        return [names[code] for code in codes if code in names]


@SpokenLanguagesField.register_lookup
class Has(models.lookups.Contains):
    """``languages__has="pt"``: the list holds that code."""

    lookup_name = "has"
    prepare_rhs = True  # the field's get_prep_value puts the commas around it

    def get_rhs_op(self, connection, rhs):
        return connection.operators["contains"] % rhs
