"""Checking an uploaded CV by its content: a PDF of at most 5 MB, whatever its
name or the content type the browser claims."""

import os

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

MAX_CV_BYTES = 5 * 1024 * 1024
# Where a PDF's last "%%EOF" may sit: writers may add a little after it.
EOF_WINDOW = 2048


def cv_clean(upload) -> bytes:
    """The bytes of ``upload`` when it is a PDF of at most 5 MB; else a
    ValidationError naming the ``cv`` field.

    A PDF starts with "%PDF-" and ends with "%%EOF". It is never opened here:
    only the poster's PDF reader reads it.
    """
    too_big = ValidationError(
        {"cv": _("Your CV is larger than 5 MB. Send a smaller PDF.")}
    )
    if getattr(upload, "size", 0) and upload.size > MAX_CV_BYTES:
        raise too_big
    upload.seek(0)
    data = upload.read(MAX_CV_BYTES + 1)
    if len(data) > MAX_CV_BYTES:
        raise too_big
    not_pdf = ValidationError(
        {"cv": _("Your CV must be a PDF file. This file is not a PDF.")}
    )
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-EOF_WINDOW:]:
        raise not_pdf
    return data


def cv_display_name(name: str) -> str:
    """The uploaded file's own name, cut down for showing to its owner."""
    base = os.path.basename(str(name or "")).replace("\x00", "").strip()
    return base[-120:] or "cv.pdf"
