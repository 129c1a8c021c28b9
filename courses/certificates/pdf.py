"""The certificate as a one-page PDF, drawn with ReportLab in the learner's language."""

import io

from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _
from reportlab.graphics import renderPDF
from reportlab.graphics.barcode.qr import QrCodeWidget
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen import canvas

from courses.certificates.links import issuer_name, verify_url
from rumbo.pdf_fonts import font_names

BRAND = colors.HexColor("#0b5d63")
ACCENT = colors.HexColor("#f4a261")
MUTED = colors.HexColor("#4a555c")


def _centred_lines(
    pdf: canvas.Canvas,
    text: str,
    *,
    y: float,
    font: str,
    size: float,
    width: float,
    page_width: float,
    min_size: float = 14,
    max_lines: int = 2,
) -> float:
    """Draw `text` centred, shrinking then wrapping it to fit; return the next y."""
    while size > min_size and pdfmetrics.stringWidth(text, font, size) > width:
        size -= 1
    lines = simpleSplit(text, font, size, width)[:max_lines] or [""]
    for line in lines:
        pdf.setFont(font, size)
        pdf.drawCentredString(page_width / 2, y, line)
        y -= size * 1.25
    return y


def certificate_pdf_render(certificate, *, language: str) -> bytes:
    """Render `certificate` to PDF bytes, every label in `language`."""
    regular, bold = font_names()
    buffer = io.BytesIO()
    page_width, page_height = landscape(A4)
    with translation.override(language):
        title = _("Certificate of completion")
        pdf = canvas.Canvas(buffer, pagesize=(page_width, page_height))
        pdf.setTitle(f"{title} · {certificate.course_title}")
        pdf.setAuthor(issuer_name())
        pdf.setSubject(certificate.code)

        # Frame
        pdf.setStrokeColor(BRAND)
        pdf.setLineWidth(3)
        pdf.rect(12 * mm, 12 * mm, page_width - 24 * mm, page_height - 24 * mm)
        pdf.setStrokeColor(ACCENT)
        pdf.setLineWidth(1)
        pdf.rect(16 * mm, 16 * mm, page_width - 32 * mm, page_height - 32 * mm)

        text_width = page_width - 60 * mm
        pdf.setFillColor(BRAND)
        pdf.setFont(bold, 16)
        pdf.drawCentredString(page_width / 2, page_height - 38 * mm, issuer_name())
        pdf.setFont(bold, 30)
        pdf.drawCentredString(page_width / 2, page_height - 56 * mm, title)

        pdf.setFillColor(MUTED)
        pdf.setFont(regular, 14)
        pdf.drawCentredString(
            page_width / 2, page_height - 74 * mm, _("This certifies that")
        )
        pdf.setFillColor(colors.black)
        y = _centred_lines(
            pdf,
            certificate.learner_name,
            y=page_height - 90 * mm,
            font=bold,
            size=28,
            width=text_width,
            page_width=page_width,
        )
        pdf.setFillColor(MUTED)
        pdf.setFont(regular, 14)
        pdf.drawCentredString(
            page_width / 2, y - 4 * mm, _("has completed and passed the course")
        )
        pdf.setFillColor(BRAND)
        y = _centred_lines(
            pdf,
            certificate.course_title,
            y=y - 18 * mm,
            font=bold,
            size=22,
            width=text_width,
            page_width=page_width,
        )
        issued = formats.date_format(
            timezone.localtime(certificate.issued_at), "DATE_FORMAT"
        )
        pdf.setFillColor(MUTED)
        pdf.setFont(regular, 13)
        pdf.drawCentredString(
            page_width / 2,
            y - 4 * mm,
            _("%(hours)s hours · issued on %(date)s")
            % {"hours": certificate.hours, "date": issued},
        )

        # Verification: QR and link, bottom left
        link = verify_url(certificate.code, language=language)
        qr_size = 32 * mm
        widget = QrCodeWidget(link, barLevel="M", barWidth=qr_size, barHeight=qr_size)
        drawing = Drawing(qr_size, qr_size)
        drawing.add(widget)
        renderPDF.draw(drawing, pdf, 24 * mm, 22 * mm)
        pdf.setFillColor(MUTED)
        pdf.setFont(regular, 9)
        pdf.drawString(60 * mm, 44 * mm, _("Verify this certificate at:"))
        pdf.setFillColor(BRAND)
        pdf.drawString(60 * mm, 39 * mm, link)
        pdf.linkURL(link, (60 * mm, 37 * mm, 200 * mm, 43 * mm), relative=0)
        pdf.setFillColor(MUTED)
        pdf.drawString(
            60 * mm, 33 * mm, _("Code: %(code)s") % {"code": certificate.code}
        )
        pdf.setFont(bold, 11)
        pdf.drawRightString(page_width - 28 * mm, 33 * mm, issuer_name())

        pdf.showPage()
        pdf.save()
    return buffer.getvalue()
