from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    """Events of the programme and its partners, with registration."""

    name = "events"
    verbose_name = _("Events")

    def ready(self):
        from events import receivers

        receivers.connect()
