from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    """Home and standard pages, the site-wide layout and error pages."""

    name = "home"
    verbose_name = _("Site pages")

    def ready(self):
        from home.page_cache import connect

        connect()
