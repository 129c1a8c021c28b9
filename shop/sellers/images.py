"""Uploaded images checked by their content and re-encoded without metadata."""

import io
import os

from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError

# A phone's photo is 3-8 MB and 4000-6000 px wide: taken as it is, then made
# smaller. Anything beyond these limits is refused before it is decoded.
MAX_BYTES = 15 * 1024 * 1024
MAX_SIDE = 12000
# What is kept: enough for a product page on a large screen.
STORED_SIDE = 2400
FORMATS = {"JPEG", "PNG", "GIF", "WEBP"}


def image_clean(upload) -> ContentFile:
    """Validate an uploaded file as an image and return a clean re-encoded copy.

    Refuses files that are not JPEG/PNG/GIF/WebP images whatever their name,
    larger than 15 MB or 12,000 pixels on a side. The copy is at most 2,400
    pixels on a side, keeps no EXIF or other metadata (location, camera) and is
    JPEG, or PNG when it has transparency.
    """
    if upload is None:
        return upload
    if upload.size is not None and upload.size > MAX_BYTES:
        raise ValidationError(
            _("The image is too large: %(size)s MB at most.")
            % {"size": MAX_BYTES // (1024 * 1024)},
            code="too_large",
        )
    upload.seek(0)
    try:
        with Image.open(upload) as probe:
            kind = probe.format
            width, height = probe.size
            probe.verify()
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise ValidationError(
            _("This file is not an image we can use (JPEG, PNG, GIF or WebP)."),
            code="not_image",
        ) from exc
    except Image.DecompressionBombError as exc:  # pragma: no cover
        raise ValidationError(_("The image is too large."), code="too_large") from exc
    if kind not in FORMATS:
        raise ValidationError(
            _("This file is not an image we can use (JPEG, PNG, GIF or WebP)."),
            code="not_image",
        )
    if width > MAX_SIDE or height > MAX_SIDE:
        raise ValidationError(
            _("The image is too large: %(max)s×%(max)s pixels at most.")
            % {"max": MAX_SIDE},
            code="too_large",
        )
    upload.seek(0)
    try:
        with Image.open(upload) as image:
            image = ImageOps.exif_transpose(image)
            image.thumbnail((STORED_SIDE, STORED_SIDE))
            has_alpha = image.mode in ("RGBA", "LA", "PA") or (
                image.mode == "P" and "transparency" in image.info
            )
            out = io.BytesIO()
            if has_alpha:
                image.convert("RGBA").save(out, format="PNG", optimize=True)
                ext = "png"
            else:
                image.convert("RGB").save(out, format="JPEG", quality=88)
                ext = "jpg"
    except (OSError, ValueError) as exc:
        raise ValidationError(
            _("This image could not be read. Please try another file."),
            code="not_image",
        ) from exc
    upload.seek(0)
    stem = os.path.splitext(os.path.basename(getattr(upload, "name", "") or ""))[0]
    return ContentFile(out.getvalue(), name=f"{stem[:60] or 'image'}.{ext}")
