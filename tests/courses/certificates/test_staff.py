"""Revoking and staff name corrections: the services and the Wagtail admin."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from courses.certificates.models import Certificate
from courses.certificates.services import certificate_rename, certificate_revoke
from tests.courses.certificates.factories import issued_certificate
from tests.factories import UserFactory

ADMIN = "/cms/certificates/"


# --- Services ---------------------------------------------------------------


def test_staff_revoke_with_a_reason(certificate, staff):
    certificate_revoke(certificate=certificate, reason="  Exam fraud  ", by=staff)

    certificate.refresh_from_db()
    assert not certificate.is_valid
    assert certificate.revoked_reason == "Exam fraud"


@pytest.mark.parametrize("who", ["owner", "other"])
def test_only_staff_can_revoke(certificate, user, other_user, who):
    by = user if who == "owner" else other_user

    with pytest.raises(PermissionDenied):
        certificate_revoke(certificate=certificate, reason="Because", by=by)

    certificate.refresh_from_db()
    assert certificate.is_valid


def test_revoking_needs_a_reason(certificate, staff):
    with pytest.raises(ValidationError) as error:
        certificate_revoke(certificate=certificate, reason="   ", by=staff)

    certificate.refresh_from_db()
    assert error.value.code == "reason_required"
    assert certificate.is_valid


def test_a_certificate_is_revoked_once(certificate, staff):
    certificate_revoke(certificate=certificate, reason="First", by=staff)

    with pytest.raises(ValidationError):
        certificate_revoke(certificate=certificate, reason="Second", by=staff)

    certificate.refresh_from_db()
    assert certificate.revoked_reason == "First"


def test_owner_renames_once_then_is_refused(certificate, user):
    certificate_rename(certificate=certificate, new_name="Ana Martins", by=user)

    with pytest.raises(ValidationError) as error:
        certificate_rename(certificate=certificate, new_name="Ana M.", by=user)

    certificate.refresh_from_db()
    assert error.value.code == "already_corrected"
    assert (certificate.learner_name, certificate.name_corrected) == (
        "Ana Martins",
        True,
    )


def test_staff_rename_any_time_without_using_the_learners_correction(
    certificate, user, staff
):
    certificate_rename(certificate=certificate, new_name="Ana Martins", by=user)
    certificate_rename(certificate=certificate, new_name="Ana M. Martins", by=staff)
    certificate_rename(certificate=certificate, new_name="Ana Maria Martins", by=staff)

    certificate.refresh_from_db()
    assert certificate.learner_name == "Ana Maria Martins"
    with certificate.pdf.open("rb") as stored:
        assert stored.read().startswith(b"%PDF")


def test_others_cannot_rename(certificate, other_user):
    with pytest.raises(PermissionDenied):
        certificate_rename(certificate=certificate, new_name="Mallory", by=other_user)


@pytest.mark.parametrize("name", ["", "  \n ", "x" * 151])
def test_blank_or_too_long_names_are_refused(certificate, staff, name):
    with pytest.raises(ValidationError):
        certificate_rename(certificate=certificate, new_name=name, by=staff)


def test_renaming_keeps_the_code(certificate, user):
    code = certificate.code

    certificate_rename(certificate=certificate, new_name="Ana Martins", by=user)

    certificate.refresh_from_db()
    assert certificate.code == code


# --- Wagtail admin ----------------------------------------------------------


def test_staff_list_and_search_certificates(client, staff, user, certificate):
    other = issued_certificate(user=UserFactory(display_name="Zoe Quinn"))
    client.force_login(staff)

    listing = client.get(ADMIN).content.decode()
    by_code = client.get(ADMIN, {"q": certificate.code}).content.decode()
    by_name = client.get(ADMIN, {"q": "Zoe Quinn"}).content.decode()

    assert certificate.code in listing and other.code in listing
    assert "Válido" in listing
    assert certificate.code in by_code and other.code not in by_code
    assert other.code in by_name and certificate.code not in by_name


def test_the_admin_offers_no_add_or_delete(client, staff, certificate):
    client.force_login(staff)

    for path in ("new/", f"delete/{certificate.pk}/", f"copy/{certificate.pk}/"):
        assert client.get(ADMIN + path, follow=True).status_code == 404
    assert "/cms/certificates/new/" not in client.get(ADMIN).content.decode()


def test_staff_revoke_from_the_admin_with_a_reason(client, staff, certificate):
    client.force_login(staff)
    url = f"{ADMIN}revoke/{certificate.pk}/"

    form = client.get(url)
    refused = client.post(url, {"reason": ""})
    response = client.post(url, {"reason": "Identity fraud"})

    certificate.refresh_from_db()
    assert form.status_code == 200 and 'name="reason"' in form.content.decode()
    assert refused.status_code == 200
    assert response.status_code == 302
    assert (certificate.is_valid, certificate.revoked_reason) == (
        False,
        "Identity fraud",
    )


def test_staff_correct_the_name_from_the_admin(client, staff, certificate):
    client.force_login(staff)
    old_pdf = certificate.pdf.name
    url = f"{ADMIN}edit/{certificate.pk}/"

    assert client.get(url).status_code == 200
    response = client.post(url, {"learner_name": "Ana Maria Martins"})

    certificate.refresh_from_db()
    assert response.status_code == 302
    assert certificate.learner_name == "Ana Maria Martins"
    assert not certificate.name_corrected
    assert certificate.pdf.name != old_pdf


def test_a_blank_name_in_the_admin_is_refused(client, staff, certificate):
    client.force_login(staff)
    old_name = certificate.learner_name

    response = client.post(f"{ADMIN}edit/{certificate.pk}/", {"learner_name": "  "})

    certificate.refresh_from_db()
    assert response.status_code == 200
    assert certificate.learner_name == old_name


@pytest.mark.parametrize("path", ["", "revoke/{pk}/", "edit/{pk}/"])
def test_non_staff_are_kept_out_of_the_admin(client, user, certificate, path):
    client.force_login(user)
    url = ADMIN + path.format(pk=certificate.pk)

    get = client.get(url)
    post = client.post(url, {"reason": "x", "learner_name": "Mallory"})

    certificate.refresh_from_db()
    assert get.status_code in (302, 403)
    assert post.status_code in (302, 403)
    assert certificate.is_valid
    assert certificate.learner_name != "Mallory"


def test_anonymous_visitors_are_sent_to_log_in(client, certificate):
    response = client.post(f"{ADMIN}revoke/{certificate.pk}/", {"reason": "x"})

    assert response.status_code == 302
    assert Certificate.objects.get(pk=certificate.pk).is_valid
