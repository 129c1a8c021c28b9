from celery import shared_task

from rumbo.retry import RetryingTask


@shared_task(bind=True, base=RetryingTask)
def notify_answer_task(self, answer_id: int) -> None:
    """Email the asker about a new answer to their question.

    Builds the message and hands it to the outbox, whose task (on the `mail`
    queue) talks to SMTP and retries its errors. Re-running it for the same
    answer sends nothing more (see `answer_notify`).
    """
    from courses.services.discussion import answer_notify

    answer_notify(answer_id=answer_id)
