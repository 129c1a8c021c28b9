"""Event registration's background work: its emails (on the `mail` queue) and
the reminders a day before (events.tasks.reminders_send_task, on beat)."""

from celery import shared_task

from rumbo.retry import RetryingTask


@shared_task(bind=True, base=RetryingTask)
def notify_registered_task(self, registration_id: int) -> int:
    from events.registrations.notifications import registered_notify

    return registered_notify(registration_id=registration_id)


@shared_task(bind=True, base=RetryingTask)
def notify_promoted_task(self, registration_id: int) -> int:
    from events.registrations.notifications import promoted_notify

    return promoted_notify(registration_id=registration_id)


@shared_task(bind=True, base=RetryingTask)
def notify_registrants_task(
    self, event_id: int, subject: str, body: str, waiting_too: bool, token: str
) -> int:
    from events.registrations.notifications import registrants_message_notify

    return registrants_message_notify(
        event_id=event_id,
        subject=subject,
        body=body,
        waiting_too=waiting_too,
        token=token,
    )


@shared_task(bind=True, base=RetryingTask)
def notify_event_cancelled_task(self, event_id: int, reason: str = "") -> int:
    from events.registrations.notifications import event_cancelled_notify

    return event_cancelled_notify(event_id=event_id, reason=reason)


@shared_task(bind=True, base=RetryingTask)
def reminders_send_task(self) -> int:
    """Remind everyone whose event starts within a day, once: each row is
    claimed by a conditional UPDATE in the transaction that queues its email,
    so two beats at once (or a retry) send one reminder."""
    from django.db import transaction

    from events.registrations.notifications import reminder_notify
    from events.registrations.services import reminder_claim, reminders_due

    sent = 0
    for registration_id in reminders_due():
        with transaction.atomic():
            if reminder_claim(registration_id=registration_id):
                sent += reminder_notify(registration_id=registration_id)
    return sent
