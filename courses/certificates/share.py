"""Sharing a certificate: LinkedIn's add-to-profile link and the share image.

The image (1200 x 630, what Open Graph readers show) is drawn locally with
Pillow in the certificate's language and kept in private storage under a name
derived from what it shows, so it is drawn once and again only after a change
(a corrected name); revoking or renaming deletes the old file.
"""

import hashlib
import io
from urllib.parse import urlencode

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from PIL import Image, ImageDraw, ImageFont

from courses.certificates.links import issuer_name, verify_url
from courses.certificates.storage import private_storage
from rumbo.pdf_fonts import DEJAVU_DIRS

WIDTH, HEIGHT = 1200, 630
BRAND = "#0b5d63"
ACCENT = "#f4a261"
MUTED = "#4a555c"
# Bump when the drawing changes, so stored images are drawn again.
DRAWING_VERSION = "1"


def linkedin_add_url(certificate) -> str:
    """LinkedIn's "Add licence or certification" form, prefilled. A link only:
    the learner's browser opens it, we never call LinkedIn."""
    issued = timezone.localtime(certificate.issued_at)
    query = {
        "startTask": "CERTIFICATION_NAME",
        "name": certificate.course_title,
        "organizationName": issuer_name(),
        "issueYear": issued.year,
        "issueMonth": issued.month,
        "certUrl": verify_url(certificate.code, language=certificate.language),
        "certId": certificate.code,
    }
    return "https://www.linkedin.com/profile/add?" + urlencode(query)


def _font(size: int, *, bold: bool = False):
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    for folder in DEJAVU_DIRS:
        if (folder / name).is_file():
            return ImageFont.truetype(str(folder / name), size)
    return ImageFont.load_default(size)


def _fit(draw, text: str, *, size: int, bold: bool, width: int, min_size: int = 22):
    """The largest font up to `size` in which `text` fits `width`, and the text
    (cut with an ellipsis if even the smallest is too wide)."""
    while size > min_size:
        font = _font(size, bold=bold)
        if draw.textlength(text, font=font) <= width:
            return font, text
        size -= 2
    font = _font(min_size, bold=bold)
    while text and draw.textlength(text + "…", font=font) > width:
        text = text[:-1]
    return font, (text + "…") if text else text


def share_image_render(certificate) -> bytes:
    """The share image as PNG bytes, its labels in the certificate's language."""
    image = Image.new("RGB", (WIDTH, HEIGHT), "white")
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, WIDTH - 1, HEIGHT - 1), outline=BRAND, width=14)
    draw.rectangle((26, 26, WIDTH - 27, HEIGHT - 27), outline=ACCENT, width=3)
    centre = WIDTH // 2
    text_width = WIDTH - 160
    with translation.override(certificate.language):
        issued = formats.date_format(
            timezone.localtime(certificate.issued_at), "DATE_FORMAT"
        )
        lines = [
            (issuer_name(), 34, True, BRAND, 90),
            (_("Certificate of completion"), 54, True, BRAND, 160),
            (certificate.learner_name, 58, True, "black", 270),
            (_("has completed and passed the course"), 30, False, MUTED, 350),
            (certificate.course_title, 44, True, BRAND, 420),
            (
                _("%(hours)s hours · issued on %(date)s")
                % {"hours": certificate.hours, "date": issued},
                28,
                False,
                MUTED,
                500,
            ),
            (_("Code: %(code)s") % {"code": certificate.code}, 24, False, MUTED, 560),
        ]
    for text, size, bold, colour, y in lines:
        font, text = _fit(draw, text, size=size, bold=bold, width=text_width)
        draw.text((centre, y), text, font=font, fill=colour, anchor="mm")
    buffer = io.BytesIO()
    image.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def share_image_name(certificate) -> str:
    facts = "\x1f".join(
        str(fact)
        for fact in (
            DRAWING_VERSION,
            certificate.code,
            certificate.learner_name,
            certificate.course_title,
            certificate.hours,
            certificate.language,
            certificate.issued_at.isoformat(),
            issuer_name(),
        )
    )
    digest = hashlib.sha256(facts.encode()).hexdigest()[:24]
    return f"certificates/share/{certificate.code}-{digest}.png"


def share_image(certificate) -> bytes:
    """The stored share image of `certificate`, drawn and stored if missing."""
    storage = private_storage()
    name = share_image_name(certificate)
    if storage.exists(name):
        with storage.open(name, "rb") as stored:
            return stored.read()
    content = share_image_render(certificate)
    if not storage.exists(name):  # another request may have stored it meanwhile
        storage.save(name, ContentFile(content))
    return content


def share_image_discard(certificate) -> None:
    """Delete the stored image of `certificate` as it is now, once this commits."""
    storage = private_storage()
    name = share_image_name(certificate)
    transaction.on_commit(lambda: storage.delete(name))
