from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MentoringConfig(AppConfig):
    """Mentor profiles, matching, requests and mentorships."""

    name = "mentoring"
    verbose_name = _("Mentoring")

    def ready(self) -> None:
        from mentoring import signals  # noqa: F401  (cache invalidation receivers)
