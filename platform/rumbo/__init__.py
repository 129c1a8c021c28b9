"""Rumbo project configuration: settings, URLs, the Celery app and WSGI/ASGI."""

# Load the Celery app with Django so @shared_task binds to it.
from rumbo.celery_app import app as celery_app

__all__ = ["celery_app"]
