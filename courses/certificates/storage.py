"""Where certificate PDFs are kept: private storage, never under /media/.

A revoked certificate must stop being downloadable, so its PDF is handed out
only by the ``certificates:pdf`` view, which checks the certificate first: from
a folder outside MEDIA_ROOT in the embedded default, or through a signed URL
that expires in a minute on S3 (the ``private`` entry of ``STORAGES``).
"""

from django.core.files.storage import storages


def private_storage():
    return storages["private"]


def signs_urls(storage) -> bool:
    """Whether the storage hands out signed, expiring URLs (S3 with query auth)."""
    return bool(getattr(storage, "querystring_auth", False))
