"""The regions people, mentors and shops say they are in: one list for the
whole platform (mentoring profiles, shops, newsletter segments), with codes
after ISO 3166-2, so a region means the same everywhere."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Region(models.TextChoices):
    # Spain
    ANDALUCIA = "es-an", _("Andalucía")
    EXTREMADURA = "es-ex", _("Extremadura")
    MADRID = "es-md", _("Madrid")
    CATALUNYA = "es-ct", _("Catalunya")
    VALENCIA = "es-vc", _("Comunitat Valenciana")
    GALICIA = "es-ga", _("Galicia")
    MURCIA = "es-mc", _("Murcia")
    CANARIAS = "es-cn", _("Canarias")
    OTHER_ES = "es", _("Elsewhere in Spain")
    # Portugal
    ALGARVE = "pt-fa", _("Algarve")
    ALENTEJO = "pt-al", _("Alentejo")
    LISBOA = "pt-li", _("Lisboa")
    CENTRO = "pt-ce", _("Centro")
    NORTE = "pt-no", _("Norte")
    OTHER_PT = "pt", _("Elsewhere in Portugal")
