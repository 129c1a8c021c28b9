"""Jobs board data for tests: posters (a shop), offers, applications, PDFs."""

from datetime import timedelta
from io import BytesIO

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone

from jobs.models import Application, ApplicationMessage, JobOffer
from tests.factories import shop as shop_factories
from tests.factories.users import UserFactory


def shop_poster(user=None, **kwargs):
    """A person running an approved shop, and the shop's poster key."""
    user = user or UserFactory()
    partner = shop_factories.seller(user=user, **kwargs)
    return user, partner, f"shop:{partner.pk}"


def offer(
    *,
    poster_key: str = "shop:0",
    poster_name: str = "Panadería Guadiana",
    created_by=None,
    status: str = JobOffer.Status.PUBLISHED,
    days_open: int = 30,
    **fields,
) -> JobOffer:
    now = timezone.now()
    published = status in (JobOffer.Status.PUBLISHED, JobOffer.Status.CLOSED)
    values = {
        "title": "Socio para panadería",
        "description": "Buscamos un socio con ganas.",
        "kind": JobOffer.Kind.PARTNER,
        "town": "Badajoz",
        "region": "es-ex",
        "remote": False,
        "languages": ["es"],
        "language": "es",
        "closing_date": timezone.localdate() + timedelta(days=days_open),
        "approved_at": now if published else None,
        "published_at": now if published else None,
    }
    values.update(fields)
    return JobOffer.objects.create(
        poster_key=poster_key,
        poster_name=poster_name,
        created_by=created_by,
        status=status,
        **values,
    )


def pdf_bytes(text: str = "Curriculum vitae") -> bytes:
    """A small real PDF, made with ReportLab."""
    from reportlab.pdfgen import canvas

    buffer = BytesIO()
    page = canvas.Canvas(buffer)
    page.drawString(72, 720, text)
    page.showPage()
    page.save()
    return buffer.getvalue()


def pdf_upload(
    name: str = "cv.pdf", content: bytes | None = None
) -> SimpleUploadedFile:
    return SimpleUploadedFile(
        name, content if content is not None else pdf_bytes(), "application/pdf"
    )


def application(*, offer: JobOffer, applicant=None, **fields) -> Application:
    return Application.objects.create(
        offer=offer,
        applicant=applicant or UserFactory(),
        message=fields.pop("message", "Me interesa mucho."),
        **fields,
    )


def message(*, application: Application, author, from_poster: bool, body="Hola"):
    return ApplicationMessage.objects.create(
        application=application, author=author, from_poster=from_poster, body=body
    )
