"""Mentoring background work: notifications (on the `mail` queue) and the
hourly reminder and expiry of unanswered requests."""

from celery import shared_task

from rumbo.retry import RetryingTask


@shared_task(bind=True, base=RetryingTask)
def notify_request_received_task(self, request_id: int) -> None:
    from mentoring.services.notifications import request_received_notify

    request_received_notify(request_id=request_id)


@shared_task(bind=True, base=RetryingTask)
def notify_request_answered_task(self, request_id: int) -> None:
    from mentoring.services.notifications import request_answered_notify

    request_answered_notify(request_id=request_id)


@shared_task(bind=True, base=RetryingTask)
def notify_request_reminder_task(self, request_id: int) -> None:
    from mentoring.services.notifications import request_reminder_notify

    request_reminder_notify(request_id=request_id)


@shared_task(bind=True, base=RetryingTask)
def notify_request_expired_task(self, request_id: int) -> None:
    from mentoring.services.notifications import request_expired_notify

    request_expired_notify(request_id=request_id)


@shared_task(bind=True, base=RetryingTask)
def notify_mentorship_started_task(self, mentorship_id: int) -> None:
    from mentoring.services.notifications import mentorship_started_notify

    mentorship_started_notify(mentorship_id=mentorship_id)


@shared_task(bind=True, base=RetryingTask)
def notify_mentorship_ended_task(self, mentorship_id: int) -> None:
    from mentoring.services.notifications import mentorship_ended_notify

    mentorship_ended_notify(mentorship_id=mentorship_id)


@shared_task(bind=True, base=RetryingTask)
def notify_message_posted_task(self, message_id: int) -> None:
    from mentoring.services.notifications import message_posted_notify

    message_posted_notify(message_id=message_id)


@shared_task(bind=True, base=RetryingTask)
def notify_mentor_status_task(self, mentor_id: int) -> None:
    from mentoring.services.notifications import mentor_status_notify

    mentor_status_notify(mentor_id=mentor_id)


@shared_task(bind=True, base=RetryingTask)
def notify_mentor_pending_task(self, mentor_id: int) -> None:
    from mentoring.services.notifications import mentor_pending_notify

    mentor_pending_notify(mentor_id=mentor_id)


@shared_task(bind=True, base=RetryingTask)
def requests_remind_and_expire_task(self) -> dict:
    """Remind mentors of requests waiting too long; expire the older ones."""
    from mentoring.services.requests import requests_remind_and_expire

    return requests_remind_and_expire()
