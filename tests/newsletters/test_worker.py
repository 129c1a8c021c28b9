"""Exactly-once against a REAL Celery worker on real Redis and PostgreSQL, with an
aiosmtpd server in this process. Skipped without PostgreSQL/Redis unless
REQUIRE_SERVICES=1 (CI)."""

import asyncio
import signal
import time
from collections import Counter

import pytest
from celery import Celery
from django.conf import settings
from newsletters.models import Delivery, Send

from tests.celery_worker import worker_start, worker_stop
from tests.conftest import REQUIRE_SERVICES
from tests.factories.newsletters import SubscriberFactory, campaign, send_for

pytestmark = [pytest.mark.django_db(transaction=True)]


@pytest.fixture
def postgres():
    if "postgresql" not in settings.DATABASES["default"]["ENGINE"]:
        if REQUIRE_SERVICES:
            pytest.fail("the worker tests need PostgreSQL")
        pytest.skip("the worker tests need DATABASE_URL=postgres://...")


@pytest.fixture
def slow_smtp(smtp):
    """The in-process SMTP server, a little slow so a kill lands mid-send."""
    port, inbox = smtp
    original = inbox.handle_DATA

    async def slow(server, session, envelope):
        await asyncio.sleep(0.01)
        return await original(server, session, envelope)

    inbox.handle_DATA = slow
    yield port, inbox


def _db_url() -> str:
    db = settings.DATABASES["default"]
    return (
        f"postgres://{db['USER']}:{db.get('PASSWORD') or ''}@{db['HOST'] or '127.0.0.1'}"
        f":{db['PORT'] or 5432}/{db['NAME']}"
    )


@pytest.fixture
def start_worker(postgres, redis_url, slow_smtp, tmp_path):
    port, _inbox = slow_smtp
    workers = []
    redis = __import__("redis").Redis.from_url(redis_url)
    redis.flushdb()

    def start(name: str):
        worker = worker_start(
            env={
                "DJANGO_SETTINGS_MODULE": "tests.newsletters.worker_settings",
                "REDIS_URL": redis_url,
                "EMAIL_URL": f"smtp://127.0.0.1:{port}",
                "DATABASE_URL": _db_url(),
                "SITE_URL": "https://rumbo.example",
            },
            log=tmp_path / f"{name}.log",
            name=name,
        )
        workers.append(worker)
        return worker

    yield start
    for worker in workers:
        worker_stop(worker)
    redis.flushdb()


def _enqueue(redis_url: str, task: str, *args):
    # Not as the current app: the tests after these must keep the project's.
    Celery(broker=redis_url, set_as_current=False).send_task(
        f"newsletters.tasks.{task}", args=list(args), queue="mail"
    )


def _wait(predicate, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.2)
    return False


def _received(inbox) -> Counter:
    return Counter(m["To"] for m in list(inbox.messages))


def test_worker_killed_mid_send_loses_nobody_and_duplicates_at_most_one(
    redis_url, slow_smtp, start_worker
):
    _port, inbox = slow_smtp
    readers = SubscriberFactory.create_batch(300)
    send = send_for(campaign())
    first = start_worker("first")
    _enqueue(redis_url, "start_send_task", send.pk)

    assert _wait(lambda: len(inbox.messages) >= 60, 90), "worker did not start sending"
    first.send_signal(signal.SIGKILL)
    first.wait(timeout=10)
    killed_at = len(inbox.messages)
    assert killed_at < 300, "killed too late to prove anything"

    start_worker("second")
    time.sleep(6)  # longer than the 5 s lease of worker_settings
    _enqueue(redis_url, "campaigns_send_due_task")
    done = _wait(lambda: Send.objects.get(pk=send.pk).status == Send.Status.DONE, 120)

    received = _received(inbox)
    assert done, Counter(Delivery.objects.values_list("state", flat=True))
    assert {r.email for r in readers} <= set(received), "nobody is skipped"
    duplicates = sum(n - 1 for n in received.values())
    assert duplicates <= 1, f"{duplicates} duplicates after one SIGKILL"
    assert set(Delivery.objects.values_list("state", flat=True)) == {"sent"}


def test_same_send_twice_and_two_workers_at_once_deliver_exactly_once(
    redis_url, slow_smtp, start_worker
):
    _port, inbox = slow_smtp
    readers = SubscriberFactory.create_batch(200)
    news = campaign()
    send = send_for(news)
    again = send_for(news)  # the same newsletter sent twice by mistake
    start_worker("one")
    start_worker("two")

    for _n in range(2):
        _enqueue(redis_url, "start_send_task", send.pk)
        _enqueue(redis_url, "start_send_task", again.pk)
        _enqueue(redis_url, "send_batch_task", send.pk)

    assert _wait(lambda: len(inbox.messages) >= 200, 120)
    assert _wait(
        lambda: not Delivery.objects.filter(state__in=["queued", "sending"]).exists(),
        60,
    )
    time.sleep(2)
    received = _received(inbox)
    assert received == Counter({r.email: 1 for r in readers})
