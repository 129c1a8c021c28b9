from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ExamsConfig(AppConfig):
    """Exam attempts, graded on the server, and staff grants of extra attempts/time."""

    name = "courses.exams"
    label = "exams"
    verbose_name = _("Exams")
