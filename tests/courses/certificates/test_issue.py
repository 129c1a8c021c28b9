"""Issuing: frozen facts, one stored PDF, idempotent."""

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from courses.certificates import pdf as pdf_module
from courses.certificates.models import Certificate
from courses.certificates.selectors import certificate_by_code, certificates_for_user
from courses.certificates.services import certificate_issue
from tests.courses.certificates.factories import issued_certificate, passed_attempt
from tests.factories.courses import course_index, course_page


@pytest.fixture
def render_calls(monkeypatch):
    """Count PDF renders while still producing real PDFs."""
    calls = []
    real = pdf_module.certificate_pdf_render

    def counting(certificate, *, language):
        calls.append(language)
        return real(certificate, language=language)

    monkeypatch.setattr(pdf_module, "certificate_pdf_render", counting)
    return calls


def test_passing_issues_a_certificate_with_its_facts_frozen(user, course):
    user.display_name = "Ana Martins"
    user.save()
    attempt = passed_attempt(user=user, course=course)

    certificate = certificate_issue(attempt=attempt)

    course.title = "Renamed course"
    course.hours = 40
    course.save()
    certificate.refresh_from_db()
    assert (
        certificate.user,
        certificate.course,
        certificate.attempt,
        certificate.learner_name,
        certificate.course_title,
        certificate.hours,
        certificate.language,
        certificate.is_valid,
    ) == (user, course, attempt, "Ana Martins", "Marketing digital", 12, "es", True)
    assert len(certificate.code) == 16


def test_issued_certificate_has_a_stored_pdf(certificate):
    with certificate.pdf.open("rb") as stored:
        content = stored.read()

    assert content.startswith(b"%PDF")
    # Uploads may be public: the file name must not be derivable from the code.
    assert certificate.pdf.name.startswith(f"certificates/{certificate.code}-")
    assert len(certificate.pdf.name) > len(f"certificates/{certificate.code}.pdf") + 8


def test_pdf_is_rendered_in_the_learners_language(user, course, render_calls):
    user.preferred_language = "pt"
    user.save()

    issued_certificate(user=user, course=course)

    assert render_calls == ["pt"]


def test_issuing_twice_returns_the_same_certificate_rendered_once(
    user, course, render_calls
):
    first = certificate_issue(attempt=passed_attempt(user=user, course=course))
    second = certificate_issue(
        attempt=passed_attempt(user=user, course=course, number=2)
    )

    assert second.pk == first.pk
    assert second.code == first.code
    assert Certificate.objects.filter(user=user).count() == 1
    assert len(render_calls) == 1


def test_a_failed_attempt_earns_no_certificate(user, course):
    attempt = passed_attempt(user=user, course=course)
    attempt.passed = False
    attempt.save()

    with pytest.raises(ValidationError):
        certificate_issue(attempt=attempt)

    assert not Certificate.objects.exists()


def test_codes_are_unguessable_and_distinct(user):
    codes = {issued_certificate(user=user).code for _ in range(5)}

    assert len(codes) == 5


def test_certificates_for_user_lists_only_valid_ones_unless_asked(
    user, other_user, certificate, django_assert_num_queries
):
    revoked = issued_certificate(user=user, course=course_page())
    Certificate.objects.filter(pk=revoked.pk).update(
        revoked_at=certificate.issued_at, revoked_reason="Fraud"
    )
    issued_certificate(user=other_user)

    with django_assert_num_queries(1):
        valid = [(c.code, c.course.title) for c in certificates_for_user(user)]
    everything = certificates_for_user(user, include_revoked=True)

    assert valid == [(certificate.code, "Marketing digital")]
    assert {c.pk for c in everything} == {certificate.pk, revoked.pk}


def test_certificate_by_code_accepts_typed_forms_and_refuses_malformed(certificate):
    code = certificate.code
    typed = f" {code[:4]}-{code[4:8]} {code[8:].lower()} "

    assert certificate_by_code(typed) == certificate
    assert certificate_by_code("not a code") is None
    assert certificate_by_code("O" * 16) is None  # letter outside the alphabet


# --- One certificate per course, whatever its language --------------------


@pytest.fixture
def portuguese_version(course):
    return course_page(
        course_index("pt"),
        title="Marketing digital (PT)",
        translation_key=course.translation_key,
        language="es",  # as the demo's translations had it
    )


def test_passing_another_language_version_returns_the_same_certificate(
    user, course, portuguese_version, render_calls
):
    first = certificate_issue(attempt=passed_attempt(user=user, course=course))
    again = certificate_issue(
        attempt=passed_attempt(user=user, course=portuguese_version)
    )

    assert again.pk == first.pk
    assert Certificate.objects.filter(user=user).count() == 1
    assert again.course == course and again.language == "es"
    assert len(render_calls) == 1


def test_the_database_refuses_a_second_certificate_for_the_course(
    user, course, portuguese_version
):
    first = certificate_issue(attempt=passed_attempt(user=user, course=course))

    with pytest.raises(IntegrityError), transaction.atomic():
        Certificate.objects.create(
            user=user,
            course=portuguese_version,
            course_key=first.course_key,
            learner_name="x",
            course_title="x",
            hours=1,
            language="pt",
            status_index=first.status_index + 1,
        )


def test_a_concurrent_issue_for_another_language_returns_the_winner(
    user, course, portuguese_version, monkeypatch
):
    """The other request committed between our check and our insert."""
    winner = certificate_issue(attempt=passed_attempt(user=user, course=course))
    real_filter = Certificate.objects.filter
    calls = []

    def first_check_misses(*args, **kwargs):
        calls.append(kwargs)
        if len(calls) == 1:
            return Certificate.objects.none()
        return real_filter(*args, **kwargs)

    monkeypatch.setattr(Certificate.objects, "filter", first_check_misses)

    issued = certificate_issue(
        attempt=passed_attempt(user=user, course=portuguese_version)
    )

    assert issued.pk == winner.pk
    assert real_filter(user=user).count() == 1


def test_the_certificate_is_in_the_language_of_the_course_page(
    user, portuguese_version
):
    certificate = issued_certificate(user=user, course=portuguese_version)

    assert certificate.language == "pt"
    assert certificate.course_key == portuguese_version.translation_key
