"""The list of certificates the account area includes."""

from django.template.loader import render_to_string
from django.utils import translation

from courses.certificates.selectors import certificates_for_user
from courses.certificates.services import certificate_rename, certificate_revoke
from tests.courses.certificates.factories import issued_certificate
from tests.factories.courses import course_page


def render(user):
    with translation.override("en"):
        return render_to_string(
            "certificates/includes/account_certificates.html",
            {"certificates": certificates_for_user(user, include_revoked=True)},
        )


def test_lists_each_certificate_with_its_links(user, certificate):
    html = render(user)

    assert "Marketing digital" in html
    assert "Valid" in html
    assert f"/en/certificates/{certificate.code}/pdf/" in html
    assert f"/en/certificates/{certificate.code}/" in html
    assert f"/en/certificates/{certificate.code}/name/" in html


def test_hides_the_name_link_once_used_and_the_pdf_once_revoked(
    user, staff, certificate
):
    certificate_rename(certificate=certificate, new_name="Ana Martins", by=user)
    revoked = issued_certificate(user=user, course=course_page(title="Ventas"))
    certificate_revoke(certificate=revoked, reason="Fraud", by=staff)

    html = render(user)

    assert f"/en/certificates/{certificate.code}/name/" not in html
    assert f"/en/certificates/{revoked.code}/pdf/" not in html
    assert "Revoked" in html


def test_says_when_there_are_none(user):
    assert "You have no certificates yet." in render(user)
