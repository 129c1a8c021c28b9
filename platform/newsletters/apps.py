from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewslettersConfig(AppConfig):
    """Subscriptions, campaigns composed in Wagtail, and exactly-once sending."""

    name = "newsletters"
    verbose_name = _("Newsletters")
