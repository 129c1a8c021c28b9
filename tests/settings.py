"""Test settings: the project's settings with only what tests need changed."""

import tempfile

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
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "rumbo-test",
        }
    }
# Static files come straight from the apps (no collectstatic before tests).
STATIC_ROOT = tempfile.mkdtemp(prefix="rumbo-test-static-")
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
