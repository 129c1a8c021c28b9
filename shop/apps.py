from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ShopConfig(AppConfig):
    """Glue for the marketplace; Oscar's forked apps live beside it in shop/."""

    name = "shop"
    verbose_name = _("Shop")
