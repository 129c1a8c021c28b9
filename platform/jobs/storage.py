"""Where CVs are kept: the private storage (never under /media/), handed out
only by the ``jobs:cv`` view after checking who asks."""

import uuid

from django.core.files.storage import storages


def private_storage():
    return storages["private"]


def signs_urls(storage) -> bool:
    """Whether the storage hands out signed, expiring URLs (S3 with query auth)."""
    return bool(getattr(storage, "querystring_auth", False))


def cv_path(instance, filename: str) -> str:
    # A random name: the person's own file name may say who they are.
    return f"jobs/cv/{uuid.uuid4().hex}.pdf"
