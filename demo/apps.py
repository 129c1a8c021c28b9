from django.apps import AppConfig


class DemoConfig(AppConfig):
    """`manage.py seed_demo` and the content it seeds; development and tests only."""

    name = "demo"
    verbose_name = "Demo data"
