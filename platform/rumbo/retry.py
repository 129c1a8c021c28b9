"""The one retry policy of Rumbo's Celery tasks, as a base task class.

Use it from the start in every app's ``tasks.py``::

    from rumbo.retry import RetryingTask

    @shared_task(bind=True, base=RetryingTask)
    def notify_something_task(self, thing_id: int) -> None: ...

A task whose work fails for a passing reason (the database or a connection
busy or away for a moment) runs again after 0-30 s, then after up to twice as
long each time, capped at 10 minutes, six times at most (within 26 minutes).
The cap stays below Redis' visibility timeout (CELERY_BROKER_TRANSPORT_OPTIONS),
which would otherwise deliver a waiting retry a second time. Tasks must be
idempotent anyway: a retry, or a worker killed mid-task (acks late), runs them
again.

The outbox's mail task narrows it to the mail server's errors
(outbox.tasks.MailTask). Newsletter sending keeps a policy of its own
(newsletters.tasks): it retries its own errors, and batches hand over to
fresh tasks.
"""

from celery import Task
from django.db import OperationalError


class RetryingTask(Task):
    """Retries transient database and connection errors with a capped,
    jittered exponential backoff."""

    autoretry_for = (OperationalError, ConnectionError, TimeoutError)
    retry_backoff = 30
    retry_backoff_max = 600
    retry_jitter = True
    max_retries = 6
