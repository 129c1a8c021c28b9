"""Sending, answering, withdrawing and expiring mentoring requests."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone

from mentoring.models import MentoringRequest, MentorProfile, Mentorship
from mentoring.services.requests import (
    request_accept,
    request_decline,
    request_send,
    request_withdraw,
    requests_remind_and_expire,
)
from tests.factories import UserFactory
from tests.factories.mentoring import MentorFactory, MentorshipFactory, RequestFactory

pytestmark = pytest.mark.django_db


def test_request_is_stored_and_the_mentor_is_emailed(mentor, mentee, run_on_commit):
    with run_on_commit():
        req = request_send(mentee=mentee, mentor=mentor, message="Help with taxes?")
    assert req.status == MentoringRequest.Status.PENDING
    assert [m.to for m in mail.outbox] == [[mentor.user.email]]
    assert "Help with taxes?" in mail.outbox[0].body


def test_duplicate_request_is_refused(mentor, mentee):
    request_send(mentee=mentee, mentor=mentor, message="Hi")
    with pytest.raises(ValidationError, match="Ya has enviado una solicitud"):
        request_send(mentee=mentee, mentor=mentor, message="Hi again")
    assert MentoringRequest.objects.count() == 1


def test_request_to_an_unapproved_mentor_is_refused(mentee):
    pending = MentorFactory(status=MentorProfile.Status.PENDING)
    with pytest.raises(ValidationError, match="no está disponible"):
        request_send(mentee=mentee, mentor=pending, message="Hi")


def test_request_to_a_full_mentor_is_refused(mentee):
    full = MentorFactory(capacity=1)
    MentorshipFactory(mentor=full)
    with pytest.raises(ValidationError, match="no tiene plazas libres"):
        request_send(mentee=mentee, mentor=full, message="Hi")


def test_request_to_a_mentor_not_accepting_is_refused(mentee):
    closed = MentorFactory(accepting=False)
    with pytest.raises(ValidationError, match="no acepta personas mentorizadas"):
        request_send(mentee=mentee, mentor=closed, message="Hi")


def test_asking_oneself_is_refused(mentor):
    with pytest.raises(ValidationError, match="tu propio mentor"):
        request_send(mentee=mentor.user, mentor=mentor, message="Hi")


def test_empty_message_is_refused(mentor, mentee):
    with pytest.raises(ValidationError):
        request_send(mentee=mentee, mentor=mentor, message="   ")


def test_a_mentee_holds_at_most_three_open_requests(mentee, settings):
    settings.MENTORING_MAX_OPEN_REQUESTS = 3
    for _ in range(3):
        request_send(mentee=mentee, mentor=MentorFactory(), message="Hi")
    with pytest.raises(ValidationError, match="como máximo 3"):
        request_send(mentee=mentee, mentor=MentorFactory(), message="Hi")


def test_accept_starts_a_mentorship_and_emails_both(mentor, mentee, run_on_commit):
    req = request_send(mentee=mentee, mentor=mentor, message="Hi")
    mail.outbox.clear()
    with run_on_commit():
        mentorship = request_accept(request_id=req.pk, user=mentor.user)
    assert mentorship.mentee == mentee and mentorship.status == Mentorship.Status.ACTIVE
    req.refresh_from_db()
    assert req.status == MentoringRequest.Status.ACCEPTED
    assert sorted(m.to[0] for m in mail.outbox) == sorted(
        [mentee.email, mentor.user.email]
    )


def test_accept_by_anyone_but_the_mentor_is_refused(mentor, mentee, other_mentor):
    req = request_send(mentee=mentee, mentor=mentor, message="Hi")
    for intruder in (mentee, other_mentor.user, UserFactory(is_staff=True)):
        with pytest.raises(PermissionDenied):
            request_accept(request_id=req.pk, user=intruder)
    assert not Mentorship.objects.exists()


def test_accepting_twice_creates_one_mentorship(mentor, mentee):
    req = request_send(mentee=mentee, mentor=mentor, message="Hi")
    request_accept(request_id=req.pk, user=mentor.user)
    with pytest.raises(ValidationError, match="ya se ha respondido"):
        request_accept(request_id=req.pk, user=mentor.user)
    assert Mentorship.objects.count() == 1


def test_accept_when_full_is_refused_with_a_clear_message(mentee):
    mentor = MentorFactory(capacity=1)
    req = request_send(mentee=mentee, mentor=mentor, message="Hi")
    MentorshipFactory(mentor=mentor)
    with pytest.raises(ValidationError, match="No te quedan plazas libres"):
        request_accept(request_id=req.pk, user=mentor.user)
    req.refresh_from_db()
    assert req.status == MentoringRequest.Status.PENDING


def test_accept_of_a_missing_request_is_refused(mentor):
    with pytest.raises(ValidationError, match="no existe"):
        request_accept(request_id=999999, user=mentor.user)


def test_decline_with_reason_tells_the_mentee(mentor, mentee, run_on_commit):
    req = request_send(mentee=mentee, mentor=mentor, message="Hi")
    mail.outbox.clear()
    with run_on_commit():
        request_decline(request_id=req.pk, user=mentor.user, reason="I am travelling")
    req.refresh_from_db()
    assert (
        req.status == MentoringRequest.Status.DECLINED
        and req.answer == "I am travelling"
    )
    assert (
        mail.outbox[0].to == [mentee.email] and "I am travelling" in mail.outbox[0].body
    )


def test_decline_by_the_mentee_is_refused(mentor, mentee):
    req = request_send(mentee=mentee, mentor=mentor, message="Hi")
    with pytest.raises(PermissionDenied):
        request_decline(request_id=req.pk, user=mentee)


def test_withdraw_only_by_the_sender(mentor, mentee, other_user):
    req = request_send(mentee=mentee, mentor=mentor, message="Hi")
    with pytest.raises(PermissionDenied):
        request_withdraw(request_id=req.pk, user=other_user)
    request_withdraw(request_id=req.pk, user=mentee)
    with pytest.raises(ValidationError):
        request_withdraw(request_id=req.pk, user=mentee)
    # A withdrawn request frees the slot: asking again is allowed.
    request_send(mentee=mentee, mentor=mentor, message="Hi again")


def test_unanswered_request_is_reminded_after_7_days_then_expires_after_14(
    mentor, mentee, run_on_commit
):
    req = RequestFactory(mentee=mentee, mentor=mentor)
    MentoringRequest.objects.filter(pk=req.pk).update(
        created_at=timezone.now() - timedelta(days=8)
    )
    with run_on_commit():
        assert requests_remind_and_expire() == {"reminded": 1, "expired": 0}
    assert mail.outbox[-1].to == [mentor.user.email]
    with run_on_commit():  # a second run reminds nobody again
        assert requests_remind_and_expire() == {"reminded": 0, "expired": 0}
    assert len(mail.outbox) == 1
    MentoringRequest.objects.filter(pk=req.pk).update(
        created_at=timezone.now() - timedelta(days=15)
    )
    with run_on_commit():
        assert requests_remind_and_expire() == {"reminded": 0, "expired": 1}
    req.refresh_from_db()
    assert req.status == MentoringRequest.Status.EXPIRED
    assert mail.outbox[-1].to == [mentee.email]
    assert "otro mentor" in mail.outbox[-1].body


def test_expiry_delays_are_configurable(mentor, mentee, settings):
    settings.MENTORING_REQUEST_EXPIRE_DAYS = 2
    req = RequestFactory(mentee=mentee, mentor=mentor)
    MentoringRequest.objects.filter(pk=req.pk).update(
        created_at=timezone.now() - timedelta(days=3)
    )
    assert requests_remind_and_expire()["expired"] == 1


def test_the_beat_task_runs_the_service(mentor, mentee):
    from mentoring.tasks import requests_remind_and_expire_task

    req = RequestFactory(mentee=mentee, mentor=mentor)
    MentoringRequest.objects.filter(pk=req.pk).update(
        created_at=timezone.now() - timedelta(days=20)
    )
    requests_remind_and_expire_task.delay()
    req.refresh_from_db()
    assert req.status == MentoringRequest.Status.EXPIRED


def test_notification_tasks_route_to_the_mail_queue():
    from django.conf import settings as django_settings

    from mentoring import tasks

    routes = django_settings.CELERY_TASK_ROUTES
    assert routes["mentoring.tasks.notify_*"] == {"queue": "mail"}
    names = [n for n in dir(tasks) if n.startswith("notify_")]
    assert len(names) >= 7 and all(n.endswith("_task") for n in names)


def test_rerun_notification_task_sends_once(mentor, mentee, run_on_commit):
    from mentoring.tasks import notify_request_received_task

    with run_on_commit():
        req = request_send(mentee=mentee, mentor=mentor, message="Hi")
    notify_request_received_task.delay(req.pk)
    assert len(mail.outbox) == 1
