"""Transactional mail goes through a real Celery worker to a real SMTP server."""

import uuid

import pytest
from celery import Celery
from django.core.mail import EmailMultiAlternatives

from outbox.services import message_to_payload
from tests.celery_worker import worker_start, worker_stop


@pytest.fixture
def mail_worker(redis_url, smtp, tmp_path):
    """`celery -A rumbo.celery_app worker -Q mail`, as in docker-compose, on real Redis."""
    port, _inbox = smtp
    worker = worker_start(
        env={
            "DJANGO_SETTINGS_MODULE": "rumbo.settings",
            "REDIS_URL": redis_url,
            "EMAIL_URL": f"smtp://127.0.0.1:{port}",
            "DATABASE_URL": f"sqlite:///{tmp_path / 'worker.sqlite3'}",
        },
        log=tmp_path / "worker.log",
    )
    yield worker
    worker_stop(worker)


def _queue(redis_url: str, message: EmailMultiAlternatives) -> None:
    """Queue `message` as the web process would, from a separate client (not
    the current app: the tests after these must keep the project's)."""
    Celery(broker=redis_url, set_as_current=False).send_task(
        "outbox.tasks.send_email_task", args=[message_to_payload(message)], queue="mail"
    )


def test_queued_mail_is_delivered_by_a_worker_on_the_mail_queue(
    redis_url, smtp, mail_worker, tmp_path
):
    _port, inbox = smtp
    subject = f"Bem-vinda ao Rumbo {uuid.uuid4().hex[:8]}"
    message = EmailMultiAlternatives(
        subject, "Olá Ana", "Rumbo <hola@rumbo.local>", ["ana@example.org"]
    )
    message.attach_alternative("<p>Olá Ana</p>", "text/html")

    _queue(redis_url, message)

    received = [m for m in inbox.wait_for(1, timeout=60) if m["Subject"] == subject]
    assert mail_worker.poll() is None, (tmp_path / "worker.log").read_text()
    assert len(received) == 1
    assert received[0]["To"] == "ana@example.org"
    assert received[0].is_multipart(), "HTML alternative kept beside the plain text"


@pytest.fixture
def busy_smtp(smtp):
    """The SMTP server says "try again later" to the first message only."""
    port, inbox = smtp
    original = inbox.handle_DATA
    refused = []

    async def first_refused(server, session, envelope):
        if not refused:
            refused.append(envelope)
            return "451 4.3.0 Busy, try again later"
        return await original(server, session, envelope)

    inbox.handle_DATA = first_refused
    yield port, inbox, refused


def test_a_busy_mail_server_gets_the_message_again_from_the_worker(
    redis_url, busy_smtp, mail_worker, tmp_path
):
    _port, inbox, refused = busy_smtp
    subject = f"Reintento {uuid.uuid4().hex[:8]}"
    message = EmailMultiAlternatives(
        subject, "Olá Ana", "Rumbo <hola@rumbo.local>", ["ana@example.org"]
    )

    _queue(redis_url, message)

    # The first retry waits 0-30 s (RetryingTask: retry_backoff=30, jitter).
    received = [m for m in inbox.wait_for(1, timeout=90) if m["Subject"] == subject]
    assert mail_worker.poll() is None, (tmp_path / "worker.log").read_text()
    assert len(refused) == 1
    assert len(received) == 1
