from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    """The news wall: posts by the programme and its partners, and what
    happens on the platform as it happens."""

    name = "news"
    verbose_name = _("News")

    def ready(self):
        from news import receivers

        receivers.connect()
