"""ASGI entry point, for servers such as uvicorn or daphne."""

import os

from django.core.asgi import get_asgi_application

from rumbo import paths  # noqa: F401  (puts the apps in platform/ on sys.path)

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rumbo.settings")

application = get_asgi_application()
