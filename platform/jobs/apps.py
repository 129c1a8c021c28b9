from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class JobsConfig(AppConfig):
    """Job offers from organisations and shops, and the applications to them."""

    name = "jobs"
    verbose_name = _("Jobs")

    def ready(self) -> None:
        from jobs import receivers  # noqa: F401  (page cache purges)
