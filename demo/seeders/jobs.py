"""Demo job offers for `seed_demo`: offers in Spanish, Portuguese and English
from the demo shops and, once they exist, the demo organisations; staff
approve first offers, two wait for approval, one is closed; applications
from the demo people with a small PDF CV and a conversation.

Everything goes through the jobs services, as people would; running it again
creates nothing twice (an offer is known by its poster and title, an
application by its offer and person).
"""

from __future__ import annotations

from datetime import timedelta
from io import BytesIO

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone, translation

from demo.accounts import demo_user_ensure
from demo.content import load
from jobs.hooks import posters_for
from jobs.models import Application, JobOffer
from jobs.services import (
    OfferData,
    application_create,
    application_message_post,
    application_status_set,
    offer_create,
    offer_review,
    offer_withdraw,
)


def _staff():
    from users.models import User

    return User.objects.filter(is_active=True, is_superuser=True).order_by("pk").first()


def _shop_people() -> dict:
    """Shop code -> the person who runs it (demo sellers)."""
    from oscar.core.loading import get_model

    Partner = get_model("partner", "Partner")
    people = {}
    for partner in Partner.objects.prefetch_related("users"):
        user = next(iter(partner.users.all()), None)
        if user is not None:
            people[partner.code] = (user, f"shop:{partner.pk}")
    return people


def _organisation_people() -> list:
    """(editor, poster key, language, kind, region) for each live organisation
    with an editor, one per organisation: empty until they are seeded."""
    from organisations.models import OrganisationPage

    found, seen = [], set()
    pages = (
        OrganisationPage.objects.live()
        .filter(editors__isnull=False)
        .select_related("locale", "editors")
        .order_by("pk")
    )
    for page in pages:
        if page.translation_key in seen:
            continue
        editor = page.editors.user_set.filter(is_active=True).order_by("pk").first()
        if editor is not None:
            seen.add(page.translation_key)
            found.append(
                (
                    editor,
                    f"organisation:{page.translation_key}",
                    page.locale.language_code,
                    page.kind,
                    page.region,
                )
            )
    return found


def cv_pdf(name: str, lines: list[str]) -> SimpleUploadedFile:
    """A one-page CV drawn with ReportLab."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    buffer = BytesIO()
    page = canvas.Canvas(buffer, pagesize=A4)
    page.setFont("Helvetica-Bold", 20)
    page.drawString(72, 770, name)
    page.setFont("Helvetica", 11)
    y = 740
    for line in lines:
        page.drawString(72, y, line)
        y -= 18
    page.showPage()
    page.save()
    return SimpleUploadedFile(
        f"CV {name}.pdf", buffer.getvalue(), content_type="application/pdf"
    )


def _poster(spec: dict, shops: dict, organisations: list):
    """(person, poster key, language to post in) for the spec's poster:
    "shop:<code>", or "organisation:<kind>[:<region>]" for the first demo
    organisation of that kind (and region)."""
    kind, _, rest = spec["poster"].partition(":")
    if kind == "organisation":
        org_kind, _, region = rest.partition(":")
        for editor, key, language, their_kind, their_region in organisations:
            if their_kind == org_kind and region in ("", their_region):
                return editor, key, language
        return None
    found = shops.get(rest)
    if found is None:
        return None
    return found[0], found[1], spec["language"]


def _offer(spec: dict, person, key: str, language: str, staff) -> tuple[JobOffer, bool]:
    existing = JobOffer.objects.filter(poster_key=key, title=spec["title"]).first()
    if existing is not None:
        return existing, False
    # In the offer's language when the poster has a page in it (the link to
    # the organisation then opens in that language), else in the poster's.
    for chosen in (spec["language"], language):
        with translation.override(chosen):
            if any(p.key == key for p in posters_for(person)):
                break
    else:
        return None, False
    with translation.override(chosen):
        offer = offer_create(
            user=person,
            poster_key=key,
            data=OfferData(
                title=spec["title"],
                description=spec["description"],
                kind=spec["kind"],
                town=spec.get("town", ""),
                region=spec.get("region", ""),
                remote=spec.get("remote", False),
                languages=spec["languages"],
                language=spec["language"],
                closing_date=timezone.localdate() + timedelta(days=spec["days_open"]),
            ),
        )
    state = spec.get("state", "published")
    if offer.status == JobOffer.Status.PENDING and state != "pending" and staff:
        offer = offer_review(offer=offer, by=staff, status=JobOffer.Status.PUBLISHED)
    if state == "closed":
        offer = offer_withdraw(user=person, offer=offer)
    return offer, True


def _application(spec: dict, offers: dict) -> bool:
    offer = offers.get(spec["offer"])
    if offer is None:
        return False
    applicant = demo_user_ensure(spec["applicant"])
    if Application.objects.filter(offer=offer, applicant=applicant).exists():
        return False
    if not offer.is_open:
        return False
    name = applicant.public_name
    application = application_create(
        user=applicant,
        offer=offer,
        message=spec["message"],
        cv=cv_pdf(name, [spec["message"][:90], applicant.region or "", "Rumbo demo"]),
    )
    poster = offer.created_by
    for side, body in spec["thread"]:
        author = poster if side == "poster" else applicant
        if author is not None:
            application_message_post(user=author, application=application, body=body)
    if spec["status"] != Application.Status.RECEIVED and poster is not None:
        application_status_set(
            user=poster, application=application, status=spec["status"]
        )
    return True


def jobs_seed() -> dict:
    content = load("jobs")
    staff = _staff()
    shops = _shop_people()
    organisations = _organisation_people()
    offers, created = {}, 0
    for spec in content["offers"]:
        poster = _poster(spec, shops, organisations)
        if poster is None:
            continue
        offer, new = _offer(spec, *poster, staff)
        if offer is not None:
            offers[spec["title"]] = offer
            created += new
    applications = sum(_application(spec, offers) for spec in content["applications"])
    return {"offers": len(offers), "created": created, "applications": applications}


def seed() -> str:
    figures = jobs_seed()
    return (
        "Jobs board ready: {offers} offers ({created} new), "
        "{applications} new applications.".format(**figures)
    )
