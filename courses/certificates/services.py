"""Writes on certificates: issue on passing, revoke, correct the learner's name."""

import secrets

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from courses.certificates import pdf, share
from courses.certificates.models import (
    STATUS_INDEX_DRAWS,
    Certificate,
    new_status_index,
)

NAME_MAX_LENGTH = Certificate._meta.get_field("learner_name").max_length
REASON_MAX_LENGTH = Certificate._meta.get_field("revoked_reason").max_length
LANGUAGE_CODES = {code for code, _name in settings.LANGUAGES}


def _language_or_default(code: str | None) -> str:
    return code if code in LANGUAGE_CODES else settings.LANGUAGE_CODE


def certificate_pdf_language(certificate: Certificate) -> str:
    """The learner's language if we have it, else the certificate's own."""
    preferred = certificate.user.preferred_language
    return preferred if preferred in LANGUAGE_CODES else certificate.language


def _pdf_store(certificate: Certificate) -> None:
    """Render the PDF and store it in private storage (see storage.py).

    Only the pdf view hands it out; the file name still carries a random part
    besides the (public) code. The old file goes once this commits.
    """
    content = pdf.certificate_pdf_render(
        certificate, language=certificate_pdf_language(certificate)
    )
    old_name = certificate.pdf.name
    storage = certificate.pdf.storage
    filename = f"{certificate.code}-{secrets.token_urlsafe(12)}.pdf"
    certificate.pdf.save(filename, ContentFile(content), save=False)
    certificate.save(update_fields=["pdf"])
    if old_name:
        transaction.on_commit(lambda: storage.delete(old_name))


def certificate_issue(*, attempt) -> Certificate:
    """The certificate for a passed attempt, issued and rendered once.

    Idempotent: a learner has one certificate per course, whichever of its
    language versions they passed (the versions share a translation_key), and
    asking again returns it unchanged. The learner's name, the course title,
    hours and language are frozen now, so later edits to the course do not
    change it.
    """
    if not attempt.passed:
        raise ValidationError(
            _("Only a passed exam earns a certificate."), code="not_passed"
        )
    course = attempt.course
    existing = Certificate.objects.filter(
        user_id=attempt.user_id, course_key=course.translation_key
    ).first()
    if existing is not None:
        return existing

    user = attempt.user
    for _draw in range(STATUS_INDEX_DRAWS):
        try:
            with transaction.atomic():
                certificate = Certificate.objects.create(
                    user=user,
                    course=course,
                    course_key=course.translation_key,
                    attempt=attempt,
                    learner_name=(user.public_name or user.display_name)[
                        :NAME_MAX_LENGTH
                    ],
                    course_title=course.title,
                    hours=course.hours,
                    # The language its title and texts are written in.
                    language=_language_or_default(course.locale.language_code),
                    status_index=new_status_index(),
                )
                _pdf_store(certificate)
        except IntegrityError:
            # Issued meanwhile by a concurrent request: that one stands.
            # Otherwise the drawn status index was taken: draw again.
            issued = Certificate.objects.filter(
                user_id=user.pk, course_key=course.translation_key
            ).first()
            if issued is not None:
                return issued
        else:
            return certificate
    raise IntegrityError("no free status list index found")


def certificate_pdf_ensure(*, certificate: Certificate) -> Certificate:
    """Render the PDF only if it was never stored or its file is gone."""
    if not certificate.pdf or not certificate.pdf.storage.exists(certificate.pdf.name):
        with transaction.atomic():
            _pdf_store(certificate)
    return certificate


def certificate_revoke(*, certificate: Certificate, reason: str, by) -> Certificate:
    """Withdraw a certificate (staff only); its verification page then says so."""
    if not getattr(by, "is_staff", False):
        raise PermissionDenied
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError(
            _("Give the reason for revoking this certificate."),
            code="reason_required",
        )
    if len(reason) > REASON_MAX_LENGTH:
        raise ValidationError(
            _("Keep the reason under %(limit)d characters."),
            code="reason_too_long",
            params={"limit": REASON_MAX_LENGTH},
        )
    with transaction.atomic():
        locked = Certificate.objects.select_for_update().get(pk=certificate.pk)
        if locked.revoked_at is not None:
            raise ValidationError(
                _("This certificate has already been revoked."),
                code="already_revoked",
            )
        locked.revoked_at = timezone.now()
        locked.revoked_reason = reason
        locked.save(update_fields=["revoked_at", "revoked_reason"])
        share.share_image_discard(locked)
    certificate.revoked_at = locked.revoked_at
    certificate.revoked_reason = locked.revoked_reason
    return locked


def certificate_rename(*, certificate: Certificate, new_name: str, by) -> Certificate:
    """Correct the learner's name and re-render the PDF under the same code.

    The learner may do this once; staff may do it at any time.
    """
    is_staff = getattr(by, "is_staff", False)
    if not is_staff and getattr(by, "pk", None) != certificate.user_id:
        raise PermissionDenied
    name = " ".join((new_name or "").split())
    if not name:
        raise ValidationError(
            _("Enter the name as it should appear on the certificate."),
            code="name_required",
        )
    if len(name) > NAME_MAX_LENGTH:
        raise ValidationError(
            _("Keep the name under %(limit)d characters."),
            code="name_too_long",
            params={"limit": NAME_MAX_LENGTH},
        )
    with transaction.atomic():
        locked = (
            Certificate.objects.select_for_update()
            .select_related("user")
            .get(pk=certificate.pk)
        )
        if not is_staff:
            if locked.revoked_at is not None:
                raise ValidationError(
                    _("This certificate has been revoked."), code="revoked"
                )
            if locked.name_corrected:
                raise ValidationError(
                    _("You have already corrected the name on this certificate."),
                    code="already_corrected",
                )
            if name == locked.learner_name:
                raise ValidationError(
                    _("That is already the name on your certificate."),
                    code="unchanged",
                )
            locked.name_corrected = True
        elif name == locked.learner_name:
            return locked
        share.share_image_discard(locked)
        locked.learner_name = name
        locked.save(update_fields=["learner_name", "name_corrected"])
        _pdf_store(locked)
    for field in ("learner_name", "name_corrected", "pdf"):
        setattr(certificate, field, getattr(locked, field))
    return locked
