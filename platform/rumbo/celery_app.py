"""The Celery application: `celery -A rumbo.celery_app worker -Q default,mail`.

Named celery_app.py, not celery.py, so it can never shadow the celery package.
"""

import os

from celery import Celery

from rumbo import paths  # noqa: F401  (puts the apps in platform/ on sys.path)

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rumbo.settings")

app = Celery("rumbo")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()
