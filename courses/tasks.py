from celery import shared_task
from django.db import OperationalError


@shared_task(
    bind=True,
    autoretry_for=(OperationalError, ConnectionError, TimeoutError),
    retry_backoff=30,
    retry_backoff_max=600,
    retry_jitter=True,
    max_retries=6,
)
def notify_answer_task(self, answer_id: int) -> None:
    """Email the asker about a new answer to their question.

    Builds the message and hands it to the outbox, whose task (on the `mail`
    queue) talks to SMTP and retries its errors. Re-running it for the same
    answer sends nothing more (see `answer_notify`).
    """
    from courses.services.discussion import answer_notify

    answer_notify(answer_id=answer_id)
