from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoursesConfig(AppConfig):
    """Self-paced courses in Wagtail: catalogue, lessons, exams, certificates."""

    name = "courses"
    verbose_name = _("Courses")

    def ready(self):
        from courses import page_cache, receivers

        page_cache.connect()
        receivers.connect()
