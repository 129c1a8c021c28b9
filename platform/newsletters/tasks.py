"""Celery tasks of the `mail` queue that send newsletters.

See newsletters.sending for why these are safe to run twice, at once, or after
a crash. Tasks take ids, keep no state of their own, and retry transient SMTP
errors with a backoff capped at 600 s (below Redis' 3600 s visibility timeout).
"""

import logging
import time

from celery import shared_task
from django.conf import settings

from newsletters import sending
from newsletters.models import Send
from rumbo.retry import RetryingTask

logger = logging.getLogger(__name__)

# A batch task keeps claiming batches for at most this long, then hands over
# to a fresh task, so it stays far inside the soft time limit.
TASK_BUDGET_SECONDS = 60


def _budget() -> float:
    limit = getattr(settings, "CELERY_TASK_SOFT_TIME_LIMIT", 240) or 240
    return min(TASK_BUDGET_SECONDS, limit / 3)


@shared_task(acks_late=True, reject_on_worker_lost=True)
def start_send_task(send_id: int) -> int:
    """Materialise the deliveries of a running send and start its batch tasks."""
    if not Send.objects.filter(pk=send_id, status=Send.Status.SENDING).exists():
        return 0
    total = sending.send_materialise(send_id=send_id)
    kick_send(send_id)
    return total


def kick_send(send_id: int) -> None:
    for _n in range(max(1, int(sending.conf("PARALLEL_TASKS", 4)))):
        send_batch_task.delay(send_id)


@shared_task(
    bind=True,
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(sending.TransientSendError,),
    retry_backoff=10,
    retry_backoff_max=600,
    retry_jitter=True,
    max_retries=8,
)
def send_batch_task(self, send_id: int) -> str:
    """Send batches of one send for up to a minute, then hand over to a new task."""
    started = time.monotonic()
    renders: dict = {}
    pacer = sending.Pacer(float(sending.conf("RATE_LIMIT", 0) or 0))
    result = "more"
    while result == "more" and time.monotonic() - started < _budget():
        try:
            result = sending.send_batch(send_id=send_id, renders=renders, pacer=pacer)
        except sending.TransientSendError:
            if self.request.is_eager:
                # In-process (embedded default): never fail the web request;
                # the rows are queued again for the next start or beat tick.
                logger.warning("Newsletter send %s paused by a mail error", send_id)
                return "transient"
            raise
    if result == "more":
        send_batch_task.delay(send_id)
    return result


# Rumbo's backoff, on any error: the service unclaims whoever it could not ask.
@shared_task(
    base=RetryingTask,
    acks_late=True,
    reject_on_worker_lost=True,
    autoretry_for=(Exception,),
)
def confirmation_requests_task(subscriber_ids: list[int]) -> int:
    """Confirmation links for imported people; each is asked at most once."""
    from newsletters.services import confirmation_requests_send

    return confirmation_requests_send(subscriber_ids=subscriber_ids)


@shared_task(acks_late=True, reject_on_worker_lost=True)
def campaigns_send_due_task() -> dict:
    """Beat, every minute: start due sends, and recover running ones.

    A running send with queued or lease-expired rows (its worker died, or a
    retry gave up) gets its batch tasks again; a finished one is closed.
    """
    from newsletters.services import send_start_due

    started = send_start_due()
    kicked = 0
    for send_id in Send.objects.filter(status=Send.Status.SENDING).values_list(
        "pk", flat=True
    ):
        if sending.send_needs_work(send_id=send_id):
            kick_send(send_id)
            kicked += 1
        else:
            sending.send_finish_if_complete(send_id=send_id)
    return {"started": started, "kicked": kicked}
