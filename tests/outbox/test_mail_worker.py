"""Transactional mail goes through a real Celery worker to a real SMTP server."""

import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from celery import Celery
from django.core.mail import EmailMultiAlternatives

from outbox.services import message_to_payload

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def mail_worker(redis_url, smtp, tmp_path):
    """`celery -A rumbo.celery_app worker -Q mail`, as in docker-compose, on real Redis."""
    port, _inbox = smtp
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "rumbo.settings",
        "REDIS_URL": redis_url,
        "EMAIL_URL": f"smtp://127.0.0.1:{port}",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'worker.sqlite3'}",
        "PYTHONPATH": f"{REPO / 'platform'}:{REPO}",
    }
    worker = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            "rumbo.celery_app",
            "worker",
            "-Q",
            "mail",
            "--pool",
            "solo",
            "--without-heartbeat",
            "--without-mingle",
            "--without-gossip",
            "--loglevel",
            "WARNING",
        ],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    yield worker
    worker.terminate()
    worker.wait(timeout=20)


def test_queued_mail_is_delivered_by_a_worker_on_the_mail_queue(
    redis_url, smtp, mail_worker
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
    assert mail_worker.poll() is None, mail_worker.stdout.read()
    assert len(received) == 1
    assert received[0]["To"] == "ana@example.org"
    assert received[0].is_multipart(), "HTML alternative kept beside the plain text"
