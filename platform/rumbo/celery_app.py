"""The Celery application: `celery -A rumbo.celery_app worker -Q default,mail`.

Named celery_app.py, not celery.py, so it can never shadow the celery package.
"""

import os

from celery import Celery
from celery.signals import worker_process_init

from rumbo import paths  # noqa: F401  (puts the apps in platform/ on sys.path)

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rumbo.settings")

app = Celery("rumbo")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@worker_process_init.connect
def _fonts_load(**kwargs) -> None:
    """PDFs made in tasks: fonts read as each worker process starts."""
    from rumbo.pdf_fonts import font_names

    font_names()
