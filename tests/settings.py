"""Test settings: the project's settings with only what tests need changed."""

import os
import tempfile
from urllib.parse import urlsplit

from rumbo.settings import *  # noqa: F403
from rumbo.settings import REDIS_URL, STORAGES

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tasks run in-process unless a test starts a real worker itself.
CELERY_TASK_ALWAYS_EAGER = True
STORAGES = {
    **STORAGES,
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = tempfile.mkdtemp(prefix="rumbo-test-media-")
PRIVATE_MEDIA_ROOT = tempfile.mkdtemp(prefix="rumbo-test-private-")
STORAGES["private"] = {
    "BACKEND": "django.core.files.storage.FileSystemStorage",
    "OPTIONS": {"location": PRIVATE_MEDIA_ROOT},
}

# pytest-xdist worker gwN gets Redis database (given + N) % 16 of its own: tests
# flush their database (cache.clear() does too) and real workers take tasks
# from its queues, so two test processes must never share one.
_XDIST_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
if REDIS_URL and _XDIST_WORKER:
    _redis = urlsplit(REDIS_URL)
    _redis_db = (int(_redis.path.strip("/") or 0) + int(_XDIST_WORKER[2:])) % 16
    REDIS_URL = _redis._replace(path=f"/{_redis_db}").geturl()
    CELERY_BROKER_URL = REDIS_URL
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "rumbo.redis_cache.SharedClientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "rumbo-test",
        }
    }
# Static files come straight from the apps (no collectstatic before tests).
STATIC_ROOT = tempfile.mkdtemp(prefix="rumbo-test-static-")
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# The demo app seeds the site tree the suite shares (tests/conftest.py), whatever
# RUMBO_DEMO says.
if "demo.apps.DemoConfig" not in INSTALLED_APPS:  # noqa: F405
    INSTALLED_APPS = [*INSTALLED_APPS, "demo.apps.DemoConfig"]  # noqa: F405
