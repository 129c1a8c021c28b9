"""One retry policy for every app's tasks (rumbo.retry), the mail variant in
outbox.tasks, and the task names and queues that settings and docker-compose
route by."""

from smtplib import SMTPRecipientsRefused, SMTPServerDisconnected

import pytest
from celery.exceptions import Retry
from django.core import mail
from django.core.mail import EmailMessage
from django.db import OperationalError

from outbox.services import message_to_payload
from outbox.tasks import MailTask
from rumbo.celery_app import app
from rumbo.retry import RetryingTask

# Task name -> queue. Renaming a task or moving it to another queue breaks
# CELERY_TASK_ROUTES and the workers docker-compose starts (-Q default,mail).
TASKS = {
    "courses.tasks.notify_answer_task": "mail",
    "mentoring.tasks.notify_request_received_task": "mail",
    "mentoring.tasks.notify_request_answered_task": "mail",
    "mentoring.tasks.notify_request_reminder_task": "mail",
    "mentoring.tasks.notify_request_expired_task": "mail",
    "mentoring.tasks.notify_mentorship_started_task": "mail",
    "mentoring.tasks.notify_mentorship_ended_task": "mail",
    "mentoring.tasks.notify_message_posted_task": "mail",
    "mentoring.tasks.notify_mentor_status_task": "mail",
    "mentoring.tasks.notify_mentor_pending_task": "mail",
    "mentoring.tasks.requests_remind_and_expire_task": "default",
    "shop.tasks.notify_order_placed_task": "mail",
    "shop.tasks.notify_seller_order_task": "mail",
    "shop.tasks.notify_lines_shipped_task": "mail",
    "shop.tasks.notify_trader_submitted_task": "mail",
    "shop.tasks.notify_products_pending_task": "mail",
}


def _task(name: str):
    app.loader.import_default_modules()
    return app.tasks[name]


def test_the_policy_is_capped_below_redis_visibility_timeout(settings):
    visibility = settings.CELERY_BROKER_TRANSPORT_OPTIONS["visibility_timeout"]
    assert RetryingTask.retry_backoff_max < visibility
    assert RetryingTask.autoretry_for == (
        OperationalError,
        ConnectionError,
        TimeoutError,
    )
    assert (RetryingTask.retry_backoff, RetryingTask.max_retries) == (30, 6)
    assert RetryingTask.retry_jitter is True


@pytest.mark.parametrize("name", sorted(TASKS))
def test_every_app_task_keeps_its_name_queue_and_the_policy(name):
    task = _task(name)

    assert isinstance(task, RetryingTask)
    assert task.autoretry_for == RetryingTask.autoretry_for
    assert task.max_retries == RetryingTask.max_retries
    assert app.amqp.router.route({}, name)["queue"].name == TASKS[name]


def test_the_mail_task_keeps_its_name_queue_and_the_mail_policy():
    task = _task("outbox.tasks.send_email_task")

    assert isinstance(task, MailTask) and isinstance(task, RetryingTask)
    assert SMTPRecipientsRefused in task.dont_autoretry_for
    assert task.max_retries == RetryingTask.max_retries
    assert app.amqp.router.route({}, task.name)["queue"].name == "mail"


def _send_email(payload: dict):
    """The project's task, run in-process (CELERY_TASK_ALWAYS_EAGER)."""
    return _task("outbox.tasks.send_email_task").delay(payload)


def _payload() -> dict:
    return message_to_payload(
        EmailMessage("Hola", "Cuerpo", "Rumbo <hola@rumbo.local>", ["a@example.org"])
    )


@pytest.mark.parametrize(
    "failure", [SMTPServerDisconnected("gone"), ConnectionError("reset")]
)
def test_a_message_the_server_did_not_take_is_retried(monkeypatch, failure):
    from django.core.mail.backends.locmem import EmailBackend

    def drop(self, messages):
        raise failure

    monkeypatch.setattr(EmailBackend, "send_messages", drop)

    # Run in-process, a retry surfaces as Retry (a worker schedules it; see
    # test_mail_worker for a real one).
    with pytest.raises(Retry) as retry:
        _send_email(_payload())

    assert retry.value.exc is failure
    assert mail.outbox == []


def test_a_refused_address_is_not_retried(monkeypatch):
    from django.core.mail.backends.locmem import EmailBackend

    calls = []

    def refuse(self, messages):
        calls.append(1)
        raise SMTPRecipientsRefused({"a@example.org": (550, b"no such user")})

    monkeypatch.setattr(EmailBackend, "send_messages", refuse)

    with pytest.raises(SMTPRecipientsRefused):
        _send_email(_payload())

    assert len(calls) == 1
