"""Applying with a CV, the private CV, the conversation and the status, and
that neither side sees the other's email address."""

import pytest
from django.conf import settings
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from jobs.models import Application, ApplicationMessage, JobOffer
from tests.factories import UserFactory
from tests.factories import jobs as job_factories

pytestmark = pytest.mark.django_db


def apply(client, offer, message="Tengo diez años de experiencia.", cv=None):
    data = {"message": message}
    if cv is not None:
        data["cv"] = cv
    return client.post(reverse("jobs:apply", args=[offer.pk]), data)


def test_applying_with_a_cv_tells_the_poster_without_the_applicants_email(
    client, offer, applicant, seller, run_on_commit
):
    client.force_login(applicant)
    with run_on_commit():
        response = apply(client, offer, cv=job_factories.pdf_upload("Ana CV.pdf"))
    application = Application.objects.get()
    assert response.status_code == 302
    assert response["Location"] == application.get_absolute_url()
    assert application.cv_name == "Ana CV.pdf"
    assert application.cv.name.startswith("jobs/cv/")
    # Private storage, not under MEDIA_ROOT.
    assert application.cv.path.startswith(settings.PRIVATE_MEDIA_ROOT)
    assert not application.cv.path.startswith(settings.MEDIA_ROOT)
    [email] = mail.outbox
    assert email.to == [seller[0].email]
    assert "Ana Applicant" in email.body
    assert applicant.email not in email.body + email.subject
    assert not email.reply_to


def test_the_conversation_goes_both_ways_and_nobody_sees_an_address(
    client, offer, applicant, seller, run_on_commit
):
    poster = seller[0]
    client.force_login(applicant)
    apply(client, offer)
    application = Application.objects.get()
    page = application.get_absolute_url()
    client.force_login(poster)
    with run_on_commit():
        client.post(
            reverse("jobs:application-message", args=[application.pk]),
            {"body": "¿Puedes venir el martes?"},
        )
        client.post(
            reverse("jobs:application-status", args=[application.pk]),
            {"status": "interview"},
        )
    poster_view = client.get(page).text
    assert "¿Puedes venir el martes?" in poster_view
    assert applicant.email not in poster_view
    client.force_login(applicant)
    with run_on_commit():
        client.post(
            reverse("jobs:application-message", args=[application.pk]),
            {"body": "Sí, allí estaré."},
        )
    applicant_view = client.get(page).text
    assert "¿Puedes venir el martes?" in applicant_view
    assert "Panadería Guadiana" in applicant_view
    assert poster.email not in applicant_view
    application.refresh_from_db()
    assert application.status == Application.Status.INTERVIEW
    assert "Interview" in client.get(reverse("jobs:applications")).text or (
        "Entrevista" in client.get(reverse("jobs:applications")).text
    )
    emails = {tuple(m.to): m for m in mail.outbox}
    assert set(emails) == {(applicant.email,), (poster.email,)}
    for email in mail.outbox:
        assert applicant.email not in email.body and poster.email not in email.body
        assert settings.SITE_URL + page in email.body
    assert ApplicationMessage.objects.count() == 2


def test_the_applicants_list_shows_names_counts_never_addresses(
    client, offer, applicant, seller
):
    job_factories.application(offer=offer, applicant=applicant)
    client.force_login(seller[0])
    mine = client.get(reverse("jobs:mine")).text
    assert "Socio panadero" in mine
    listing = client.get(reverse("jobs:applicants", args=[offer.pk])).text
    assert "Ana Applicant" in listing
    assert applicant.email not in listing


@pytest.mark.parametrize(
    "name, content, words",
    [
        ("fake.pdf", b"GIF89a not a pdf at all", "no es un PDF"),
        ("nul.pdf", b"\x00" * 2048, "no es un PDF"),
        ("half.pdf", b"%PDF-1.4\n1 0 obj\n", "no es un PDF"),
        ("big.pdf", b"%PDF-1.4\n" + b"0" * (6 * 1024 * 1024) + b"\n%%EOF", "5 MB"),
        ("script.pdf", b"<script>alert(1)</script>%%EOF", "no es un PDF"),
    ],
    ids=["gif", "nul-bytes", "cut-short", "six-mb", "script"],
)
def test_a_cv_that_is_not_a_small_pdf_is_refused(
    client, offer, applicant, name, content, words
):
    client.force_login(applicant)
    upload = SimpleUploadedFile(name, content, "application/pdf")
    response = apply(client, offer, cv=upload)
    assert response.status_code == 400
    assert words in response.text
    assert not Application.objects.exists()


def test_a_real_pdf_renamed_is_still_taken_by_its_content(client, offer, applicant):
    client.force_login(applicant)
    upload = SimpleUploadedFile(
        "cv.docx", job_factories.pdf_bytes(), "application/msword"
    )
    assert apply(client, offer, cv=upload).status_code == 302
    assert Application.objects.get().cv


def test_the_cv_is_downloadable_by_the_applicant_and_the_poster_only(
    client, offer, applicant, seller, other_seller, staff
):
    client.force_login(applicant)
    apply(client, offer, cv=job_factories.pdf_upload())
    application = Application.objects.get()
    url = reverse("jobs:cv", args=[application.pk])
    for person in (applicant, seller[0]):
        client.force_login(person)
        response = client.get(url)
        assert response.status_code == 200
        assert b"".join(response.streaming_content).startswith(b"%PDF-")
        assert response["Cache-Control"] == "private, no-store"
    for person in (other_seller[0], UserFactory(), staff):
        client.force_login(person)
        assert client.get(url).status_code == 404
        assert client.get(application.get_absolute_url()).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302


def test_one_application_per_person_and_offer(client, offer, applicant):
    client.force_login(applicant)
    apply(client, offer)
    response = apply(client, offer, message="Otra vez")
    assert response.status_code == 400
    assert "Ya has presentado tu candidatura" in response.text
    assert Application.objects.count() == 1
    # Opening the form again leads to the application.
    response = client.get(reverse("jobs:apply", args=[offer.pk]))
    assert response.status_code == 302


def test_nobody_applies_to_their_own_closed_or_unpublished_offer(
    client, offer, seller, applicant
):
    client.force_login(seller[0])
    assert apply(client, offer).status_code == 400
    key = seller[2]
    closed = job_factories.offer(poster_key=key, status=JobOffer.Status.CLOSED)
    past = job_factories.offer(poster_key=key, days_open=-2)
    pending = job_factories.offer(poster_key=key, status=JobOffer.Status.PENDING)
    client.force_login(applicant)
    assert apply(client, closed).status_code == 400
    assert apply(client, past).status_code == 400
    assert apply(client, pending).status_code == 404
    assert apply(client, offer, message="").status_code == 400
    assert not Application.objects.exists()


def test_other_people_cannot_read_or_write_in_a_conversation(
    client, offer, applicant, other_seller
):
    application = job_factories.application(offer=offer, applicant=applicant)
    client.force_login(other_seller[0])
    assert (
        client.post(
            reverse("jobs:application-message", args=[application.pk]), {"body": "Hola"}
        ).status_code
        == 404
    )
    client.force_login(applicant)
    response = client.post(
        reverse("jobs:application-status", args=[application.pk]), {"status": "hired"}
    )
    application.refresh_from_db()
    assert application.status == Application.Status.RECEIVED
    assert not ApplicationMessage.objects.exists()
    assert response.status_code == 302


def test_bad_status_and_empty_messages_change_nothing(client, offer, applicant, seller):
    application = job_factories.application(offer=offer, applicant=applicant)
    client.force_login(seller[0])
    client.post(
        reverse("jobs:application-status", args=[application.pk]), {"status": "boss"}
    )
    response = client.post(
        reverse("jobs:application-message", args=[application.pk]), {"body": "  "}
    )
    assert response.status_code == 400
    application.refresh_from_db()
    assert application.status == Application.Status.RECEIVED
    assert not ApplicationMessage.objects.exists()
    for pk in (0, 99999999, 2**70):
        assert client.get(f"/es/jobs/applications/{pk}/").status_code == 404


def test_a_double_submitted_message_is_stored_once(client, offer, applicant, seller):
    application = job_factories.application(offer=offer, applicant=applicant)
    client.force_login(applicant)
    for _ in range(2):
        client.post(
            reverse("jobs:application-message", args=[application.pk]), {"body": "Hola"}
        )
    assert ApplicationMessage.objects.count() == 1
