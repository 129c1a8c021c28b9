"""Fixed vocabularies of mentoring: formats, stages, sectors, languages, regions.

Expertise areas are a managed taxonomy (`ExpertiseArea`); these lists change
with the code, so they are choices.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from rumbo.regions import Region  # noqa: F401  (one list for the whole platform)


class Format(models.TextChoices):
    ONLINE = "online", _("Online")
    IN_PERSON = "in_person", _("In person")
    BOTH = "both", _("Online or in person")


class Stage(models.TextChoices):
    IDEA = "idea", _("An idea")
    STARTING = "starting", _("Starting up")
    RUNNING = "running", _("Up and running")


class Sector(models.TextChoices):
    RETAIL = "retail", _("Retail and shops")
    FOOD = "food", _("Food and hospitality")
    CRAFTS = "crafts", _("Crafts and fashion")
    SERVICES = "services", _("Personal and business services")
    TECH = "tech", _("Technology and digital")
    TOURISM = "tourism", _("Tourism")
    AGRICULTURE = "agriculture", _("Agriculture and fishing")
    CONSTRUCTION = "construction", _("Construction and trades")
    CARE = "care", _("Care, health and education")
    TRADE = "trade", _("Import and export")
    OTHER = "other", _("Other")


class Language(models.TextChoices):
    ES = "es", _("Spanish")
    PT = "pt", _("Portuguese")
    EN = "en", _("English")
    FR = "fr", _("French")
    AR = "ar", _("Arabic")
    WO = "wo", _("Wolof")
    RO = "ro", _("Romanian")
    ZH = "zh", _("Chinese")
    UK = "uk", _("Ukrainian")
    RU = "ru", _("Russian")
    DE = "de", _("German")
    IT = "it", _("Italian")


def labels(choices, values) -> list[str]:
    """Display labels of `values` in a choices class, unknown values skipped."""
    names = dict(choices.choices)
    return [str(names[v]) for v in values if v in names]
