"""Mentoring requests: send, accept, decline, withdraw, remind and expire."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from mentoring.models import MentoringRequest, MentorProfile, Mentorship
from rumbo.text import text_clean


def _free_places(mentor: MentorProfile) -> int:
    active = Mentorship.objects.filter(
        mentor=mentor, status=Mentorship.Status.ACTIVE
    ).count()
    return mentor.capacity - active


def request_send(*, mentee, mentor: MentorProfile, message: str) -> MentoringRequest:
    """A mentee asks a mentor; refused for unapproved or full mentors,
    duplicates, existing mentorships, oneself and too many open requests."""
    message = text_clean(
        message,
        field="message",
        max_length=2000,
        required=True,
        required_message=_("Write a few words to the mentor."),
    )
    if not mentee.is_authenticated or not mentee.is_active:
        raise PermissionDenied(_("Log in to ask for a mentor."))
    with transaction.atomic():
        # Serialise one mentee's requests: double submits see each other.
        get_user_model().objects.select_for_update().filter(pk=mentee.pk).first()
        mentor = MentorProfile.objects.select_related("user").get(pk=mentor.pk)
        if mentor.user_id == mentee.pk:
            raise ValidationError(_("You cannot be your own mentor."))
        if mentor.status != MentorProfile.Status.APPROVED or not mentor.user.is_active:
            raise ValidationError(_("This mentor is not available."))
        if not mentor.accepting:
            raise ValidationError(
                _("This mentor is not accepting mentees at the moment.")
            )
        if _free_places(mentor) <= 0:
            raise ValidationError(
                _("This mentor has no free place. Choose another mentor.")
            )
        if Mentorship.objects.filter(
            mentor=mentor, mentee=mentee, status=Mentorship.Status.ACTIVE
        ).exists():
            raise ValidationError(_("This person is already your mentor."))
        open_requests = MentoringRequest.objects.filter(
            mentee=mentee, status=MentoringRequest.Status.PENDING
        )
        if open_requests.filter(mentor=mentor).exists():
            raise ValidationError(
                _("You have already asked this mentor; wait for their answer.")
            )
        limit = settings.MENTORING_MAX_OPEN_REQUESTS
        if open_requests.count() >= limit:
            raise ValidationError(
                _(
                    "You can have at most %(n)d requests waiting at once. Withdraw one or wait for an answer."
                )
                % {"n": limit}
            )
        try:
            with transaction.atomic():
                req = MentoringRequest.objects.create(
                    mentee=mentee, mentor=mentor, message=message
                )
        except IntegrityError as exc:
            raise ValidationError(
                _("You have already asked this mentor; wait for their answer.")
            ) from exc
        from mentoring.tasks import notify_request_received_task

        transaction.on_commit(lambda: notify_request_received_task.delay(req.pk))
    return req


def _pending_for_mentor(request_id: int, user) -> MentoringRequest:
    req = MentoringRequest.objects.select_for_update().filter(pk=request_id).first()
    if req is None:
        raise ValidationError(_("This request does not exist."))
    mentor = MentorProfile.objects.get(pk=req.mentor_id)
    if not user.is_authenticated or mentor.user_id != user.pk:
        raise PermissionDenied(
            _("Only the mentor who was asked can answer this request.")
        )
    if req.status != MentoringRequest.Status.PENDING:
        raise ValidationError(
            _("This request was already answered or is closed (%(status)s).")
            % {"status": req.get_status_display().lower()}
        )
    return req


def request_accept(*, request_id: int, user) -> Mentorship:
    """The mentor accepts: a mentorship starts if a place is still free.

    The mentor's profile row is locked first, so two accepts racing for the last
    place are serialised and the second one sees the mentor full.
    """
    with transaction.atomic():
        mentor_id = (
            MentoringRequest.objects.filter(pk=request_id)
            .values_list("mentor_id", flat=True)
            .first()
        )
        if mentor_id is None:
            raise ValidationError(_("This request does not exist."))
        mentor = MentorProfile.objects.select_for_update().get(pk=mentor_id)
        req = _pending_for_mentor(request_id, user)
        if _free_places(mentor) <= 0:
            raise ValidationError(
                _(
                    "You have no free place left: raise your capacity or end a mentorship before accepting."
                )
            )
        if Mentorship.objects.filter(
            mentor=mentor, mentee_id=req.mentee_id, status=Mentorship.Status.ACTIVE
        ).exists():
            raise ValidationError(_("You already mentor this person."))
        now = timezone.now()
        req.status = MentoringRequest.Status.ACCEPTED
        req.answered_at = now
        req.save(update_fields=["status", "answered_at"])
        mentorship = Mentorship.objects.create(
            mentor=mentor, mentee_id=req.mentee_id, request=req
        )
        from mentoring.tasks import notify_request_answered_task

        transaction.on_commit(lambda: notify_request_answered_task.delay(req.pk))
    return mentorship


def request_decline(*, request_id: int, user, reason: str = "") -> MentoringRequest:
    reason = text_clean(reason, field="reason", max_length=500)
    with transaction.atomic():
        req = _pending_for_mentor(request_id, user)
        req.status = MentoringRequest.Status.DECLINED
        req.answer = reason
        req.answered_at = timezone.now()
        req.save(update_fields=["status", "answer", "answered_at"])
        from mentoring.tasks import notify_request_answered_task

        transaction.on_commit(lambda: notify_request_answered_task.delay(req.pk))
    return req


def request_withdraw(*, request_id: int, user) -> MentoringRequest:
    with transaction.atomic():
        req = MentoringRequest.objects.select_for_update().filter(pk=request_id).first()
        if req is None or not user.is_authenticated or req.mentee_id != user.pk:
            raise PermissionDenied(
                _("Only the person who sent this request can withdraw it.")
            )
        if req.status != MentoringRequest.Status.PENDING:
            raise ValidationError(_("This request is already closed."))
        req.status = MentoringRequest.Status.WITHDRAWN
        req.answered_at = timezone.now()
        req.save(update_fields=["status", "answered_at"])
    return req


def requests_remind_and_expire(*, now=None) -> dict:
    """Remind mentors of requests older than the reminder delay (once) and
    expire those older than the expiry delay. Safe to run any number of times."""
    from mentoring.tasks import (
        notify_request_expired_task,
        notify_request_reminder_task,
    )

    now = now or timezone.now()
    pending = MentoringRequest.objects.filter(status=MentoringRequest.Status.PENDING)
    expire_before = now - timedelta(days=settings.MENTORING_REQUEST_EXPIRE_DAYS)
    remind_before = now - timedelta(days=settings.MENTORING_REQUEST_REMIND_DAYS)
    expired = reminded = 0
    for pk in list(
        pending.filter(created_at__lte=expire_before).values_list("pk", flat=True)
    ):
        with transaction.atomic():
            # Conditional update: a mentor answering at this moment wins or loses cleanly.
            if pending.filter(pk=pk).update(
                status=MentoringRequest.Status.EXPIRED, answered_at=now
            ):
                expired += 1
                transaction.on_commit(
                    lambda pk=pk: notify_request_expired_task.delay(pk)
                )
    for pk in list(
        pending.filter(
            created_at__lte=remind_before, reminded_at__isnull=True
        ).values_list("pk", flat=True)
    ):
        with transaction.atomic():
            if pending.filter(pk=pk, reminded_at__isnull=True).update(reminded_at=now):
                reminded += 1
                transaction.on_commit(
                    lambda pk=pk: notify_request_reminder_task.delay(pk)
                )
    return {"reminded": reminded, "expired": expired}
