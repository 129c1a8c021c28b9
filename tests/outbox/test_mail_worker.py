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


def test_queued_mail_is_delivered_by_a_worker_on_the_mail_queue(
    redis_url, smtp, mail_worker, tmp_path
):
    _port, inbox = smtp
    subject = f"Bem-vinda ao Rumbo {uuid.uuid4().hex[:8]}"
    message = EmailMultiAlternatives(
        subject, "Olá Ana", "Rumbo <hola@rumbo.local>", ["ana@example.org"]
    )
    message.attach_alternative("<p>Olá Ana</p>", "text/html")
    sender = Celery(broker=redis_url)

    sender.send_task(
        "outbox.tasks.send_email_task", args=[message_to_payload(message)], queue="mail"
    )

    received = [m for m in inbox.wait_for(1, timeout=60) if m["Subject"] == subject]
    assert mail_worker.poll() is None, (tmp_path / "worker.log").read_text()
    assert len(received) == 1
    assert received[0]["To"] == "ana@example.org"
    assert received[0].is_multipart(), "HTML alternative kept beside the plain text"
