from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewslettersConfig(AppConfig):
    """Subscriptions, campaigns composed in Wagtail, and exactly-once sending."""

    name = "newsletters"
    verbose_name = _("Newsletters")

    def ready(self):
        from newsletters.receivers import connect_archive_purge

        connect_archive_purge()
        try:
            from anymail.signals import tracking
        except ImportError:  # pragma: no cover  (anymail is optional)
            return
        from newsletters.receivers import provider_event

        tracking.connect(provider_event, dispatch_uid="newsletters-provider-event")
