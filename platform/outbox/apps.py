from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OutboxConfig(AppConfig):
    """Transactional email, sent by Celery on the `mail` queue."""

    name = "outbox"
    verbose_name = _("Outbox")
