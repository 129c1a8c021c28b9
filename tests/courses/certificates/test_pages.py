"""Public verification, PDF download and the learner's name correction."""

import pytest
from django.utils import timezone

from courses.certificates import pdf as pdf_module
from courses.certificates.services import certificate_revoke


def verify_url(certificate, lang="en"):
    return f"/{lang}/certificates/{certificate.code}/"


def pdf_url(certificate):
    return f"/en/certificates/{certificate.code}/pdf/"


def rename_url(certificate):
    return f"/en/certificates/{certificate.code}/name/"


# --- Verification -----------------------------------------------------------


def test_anyone_sees_a_valid_certificate_and_nothing_else_about_the_learner(
    client, user, certificate, django_assert_max_num_queries
):
    with django_assert_max_num_queries(6):
        response = client.get(verify_url(certificate))

    html = response.content.decode()
    assert response.status_code == 200
    assert "This certificate is valid." in html
    for fact in (certificate.learner_name, "Marketing digital", certificate.code):
        assert fact in html
    assert "<dd>12</dd>" in html
    assert f"/credentials/{certificate.code}.json" in html
    assert "<svg" in html  # the QR code
    assert user.email not in html
    assert user.email.split("@")[0] not in html
    assert "Huelva" not in html  # the user's region
    assert "Download PDF" not in html


def test_a_revoked_certificate_says_so_with_when_and_why(client, certificate, staff):
    certificate_revoke(certificate=certificate, reason="Exam fraud found", by=staff)

    html = client.get(verify_url(certificate)).content.decode()

    assert "This certificate is valid." not in html
    assert "This certificate was revoked on" in html
    assert "Exam fraud found" in html
    assert certificate.learner_name in html


def test_a_typed_code_redirects_to_the_canonical_page(client, certificate):
    typed = certificate.code.lower()

    response = client.get(f"/en/certificates/{typed}/")

    assert response.status_code == 302
    assert response["Location"] == verify_url(certificate)


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["ABCDEFGHJKLMNPQR", "short", "0OIl0OIl0OIl0OIl"])
def test_unknown_or_malformed_codes_get_the_styled_404(client, code):
    response = client.get(f"/en/certificates/{code}/")

    assert response.status_code == 404
    assert "We can't find that page" in response.content.decode()


# --- PDF download -----------------------------------------------------------


def test_the_owner_downloads_the_stored_pdf(client, user, certificate):
    client.force_login(user)

    response = client.get(pdf_url(certificate))

    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert (
        f'filename="certificate-{certificate.code}.pdf"'
        in (response["Content-Disposition"])
    )
    assert response["Content-Disposition"].startswith("attachment")
    assert b"".join(response.streaming_content).startswith(b"%PDF")


def test_downloading_again_does_not_render_again(
    client, user, certificate, monkeypatch
):
    calls = []
    monkeypatch.setattr(
        pdf_module, "certificate_pdf_render", lambda *a, **k: calls.append(1)
    )
    client.force_login(user)

    for _ in range(2):
        response = client.get(pdf_url(certificate))
        assert b"".join(response.streaming_content).startswith(b"%PDF")

    assert calls == []


def test_staff_download_any_certificate(client, staff, certificate):
    client.force_login(staff)

    assert client.get(pdf_url(certificate)).status_code == 200


@pytest.mark.parametrize("who", ["anonymous", "other_user"])
def test_others_cannot_download_the_pdf(client, certificate, other_user, who):
    if who == "other_user":
        client.force_login(other_user)

    response = client.get(pdf_url(certificate))

    assert response.status_code == 404


def test_the_owner_cannot_download_a_revoked_certificate(
    client, user, staff, certificate
):
    certificate_revoke(certificate=certificate, reason="Fraud", by=staff)
    client.force_login(user)

    assert client.get(pdf_url(certificate)).status_code == 404


# --- Name correction --------------------------------------------------------


def test_renaming_needs_a_login(client, certificate):
    response = client.get(rename_url(certificate))

    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


def test_only_the_owner_can_open_the_rename_form(client, other_user, certificate):
    client.force_login(other_user)

    assert client.get(rename_url(certificate)).status_code == 404
    response = client.post(rename_url(certificate), {"name": "Mallory"})

    assert response.status_code == 404
    certificate.refresh_from_db()
    assert certificate.learner_name != "Mallory"


def test_owner_corrects_the_name_once_and_the_pdf_and_page_follow(
    client, user, certificate, monkeypatch
):
    old_pdf = certificate.pdf.name
    rendered_names = []
    real = pdf_module.certificate_pdf_render

    def recording(cert, *, language):
        rendered_names.append(cert.learner_name)
        return real(cert, language=language)

    monkeypatch.setattr(pdf_module, "certificate_pdf_render", recording)
    client.force_login(user)

    response = client.post(
        rename_url(certificate), {"name": "Ana María Martins"}, follow=True
    )

    certificate.refresh_from_db()
    html = response.content.decode()
    assert certificate.learner_name == "Ana María Martins"
    assert certificate.name_corrected
    assert rendered_names == ["Ana María Martins"]
    assert certificate.pdf.name != old_pdf
    assert certificate.pdf.name.startswith(f"certificates/{certificate.code}-")
    assert "Ana María Martins" in html
    assert "The name on your certificate has been corrected." in html
    assert (
        client.get(verify_url(certificate)).content.decode().count("Ana María Martins")
    )


def test_a_second_correction_is_refused_and_says_it_was_used(client, user, certificate):
    client.force_login(user)
    client.post(rename_url(certificate), {"name": "Ana Martins"})

    page = client.get(rename_url(certificate)).content.decode()
    client.post(rename_url(certificate), {"name": "Someone Else"})

    certificate.refresh_from_db()
    assert "You have already used your name correction" in page
    assert "<form" not in page.split('id="main"')[1].split('class="site-footer"')[0]
    assert certificate.learner_name == "Ana Martins"


@pytest.mark.parametrize("name", ["   ", "x" * 151])
def test_blank_or_too_long_names_are_refused(client, user, certificate, name):
    client.force_login(user)
    old_name = certificate.learner_name

    response = client.post(rename_url(certificate), {"name": name})

    certificate.refresh_from_db()
    assert response.status_code == 200
    assert 'class="field__error"' in response.content.decode()
    assert (certificate.learner_name, certificate.name_corrected) == (old_name, False)


def test_issued_date_is_shown(client, certificate):
    html = client.get(verify_url(certificate)).content.decode()

    assert timezone.localtime(certificate.issued_at).date().isoformat() in html
