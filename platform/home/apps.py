from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """Home and standard pages, the site-wide layout, error pages and demo data."""

    name = "home"
    verbose_name = _("Site pages")
