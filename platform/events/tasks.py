"""Events' scheduled work (CELERY_BEAT_SCHEDULE names these tasks)."""

from celery import shared_task

from rumbo.retry import RetryingTask


@shared_task(bind=True, base=RetryingTask, name="events.tasks.reminders_send_task")
def reminders_send_task(self) -> int:
    """A day before each event, remind the people registered (once)."""
    from events.registrations.tasks import reminders_send_task as send

    return send()
