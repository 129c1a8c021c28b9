"""How fast one real Celery worker delivers a newsletter (`make bench`).

A campaign to N subscribers goes through the exactly-once engine
(newsletters.sending) on ONE worker subprocess (--pool solo) against PostgreSQL
and Redis, to an aiosmtpd server running in a thread of this process. Beside
it, a plain smtplib loop sends the same rendered messages over one connection
to the same server. Printed: messages per second of both and their ratio, and
the worker's peak RSS (VmHWM) at N/4 and at N, to show memory stays flat.

N is 100,000 when a short calibration run predicts the whole benchmark fits in
about ten minutes on this machine, else 20,000 (printed). Prints figures;
asserts only that every subscriber got exactly one message, never a timing.
Needs DATABASE_URL=postgres://... and REDIS_URL; skipped otherwise.
"""

import os
import smtplib
import subprocess
import time
from collections import Counter
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from django.conf import settings
from django.utils import timezone
from newsletters.models import Delivery, Send, Subscriber, new_token
from newsletters.rendering import newsletter_from, render_campaign

from tests.celery_worker import worker_start, worker_stop
from tests.conftest import REQUIRE_SERVICES
from tests.factories.newsletters import campaign, send_for
from tests.mail import free_port
from tests.newsletters.test_worker import _db_url, _enqueue, _wait

TARGET = 100_000
FALLBACK = 20_000
CALIBRATION = 2_000
BUDGET_SECONDS = 600  # the whole benchmark, seeding included
SEED_CHUNK = 5_000

pytestmark = [pytest.mark.django_db(transaction=True)]


class CountingInbox:
    """An aiosmtpd handler that only counts: 100,000 parsed emails would not
    fit in memory, and parsing would slow the server down."""

    def __init__(self):
        self.recipients: Counter = Counter()
        self.messages = 0
        self.first_at = 0.0
        self.last_at = 0.0

    async def handle_DATA(self, server, session, envelope):
        now = time.perf_counter()
        if not self.messages:
            self.first_at = now
        self.last_at = now
        self.messages += 1
        self.recipients.update(envelope.rcpt_tos)
        return "250 Message accepted for delivery"

    def reset(self) -> None:
        self.recipients = Counter()
        self.messages = 0
        self.first_at = self.last_at = 0.0


@pytest.fixture
def postgres():
    if "postgresql" not in settings.DATABASES["default"]["ENGINE"]:
        if REQUIRE_SERVICES:
            pytest.fail("the newsletter benchmark needs PostgreSQL")
        pytest.skip("the newsletter benchmark needs DATABASE_URL=postgres://...")


@pytest.fixture
def smtp_counter():
    inbox = CountingInbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield controller.port, inbox
    controller.stop()


@pytest.fixture
def worker_factory(postgres, redis_url, smtp_counter, tmp_path):
    """Starts ONE real Celery worker (solo pool: the Popen pid is the worker)."""
    port, _inbox = smtp_counter
    redis = __import__("redis").Redis.from_url(redis_url)
    redis.flushdb()
    workers = []

    def start(name: str) -> subprocess.Popen:
        worker = worker_start(
            env={
                "DJANGO_SETTINGS_MODULE": "tests.newsletters.worker_settings",
                "REDIS_URL": redis_url,
                "EMAIL_URL": f"smtp://127.0.0.1:{port}",
                "DATABASE_URL": _db_url(),
                "SITE_URL": "https://rumbo.example",
                "LOG_LEVEL": "WARNING",
                # The production defaults, not worker_settings' short test lease.
                "NEWSLETTER_LEASE_SECONDS": "600",
                "NEWSLETTER_BATCH_SIZE": "100",
                "NEWSLETTER_PARALLEL_TASKS": "4",
                "NEWSLETTER_RATE_LIMIT": "0",
            },
            log=tmp_path / f"{name}.log",
            name=name,
        )
        workers.append(worker)
        # Ready when it answers a ping, so start-up is not counted as sending.
        from celery import Celery

        app = Celery(broker=redis_url, set_as_current=False)
        assert _wait(
            lambda: (
                worker.poll() is None
                and bool(app.control.ping(destination=[f"{name}@{os.uname()[1]}"]))
            ),
            60,
        ), (tmp_path / f"{name}.log").read_text()
        return worker

    start.stop = worker_stop
    yield start
    for worker in workers:
        worker_stop(worker)
    redis.flushdb()


def _status(pid: int, field: str) -> int:
    """A memory figure of /proc/<pid>/status, in KiB."""
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise KeyError(field)


def _seed(start: int, stop: int) -> float:
    """Confirmed Spanish-reading subscribers, bulk-created in chunks."""
    began = time.perf_counter()
    now = timezone.now()
    for first in range(start, stop, SEED_CHUNK):
        Subscriber.objects.bulk_create(
            [
                Subscriber(
                    email=f"bench{n:06d}@example.org",
                    language="es",
                    status=Subscriber.Status.SUBSCRIBED,
                    consent_at=now,
                    consent_source=Subscriber.Source.IMPORT,
                    consent_text="Benchmark",
                    confirmed_at=now,
                    token=new_token(),
                )
                for n in range(first, min(first + SEED_CHUNK, stop))
            ]
        )
    return time.perf_counter() - began


def _campaign_run(redis_url, inbox, worker, n: int, title: str) -> dict:
    """Send a new campaign to everyone subscribed; measure it on the worker."""
    inbox.reset()
    news = campaign(title=title)
    send = send_for(news)
    began = time.perf_counter()
    _enqueue(redis_url, "start_send_task", send.pk)
    quarter_hwm = None
    deadline = began + BUDGET_SECONDS * 2
    while time.perf_counter() < deadline:
        if quarter_hwm is None and inbox.messages >= n // 4:
            quarter_hwm = _status(worker.pid, "VmHWM")
            quarter_rss = _status(worker.pid, "VmRSS")
        if (
            inbox.messages >= n
            and not Send.objects.filter(pk=send.pk, status=Send.Status.SENDING).exists()
        ):
            break
        assert worker.poll() is None, "the worker died"
        time.sleep(0.2)
    elapsed = time.perf_counter() - began
    send.refresh_from_db()
    return {
        "send": send,
        "elapsed": elapsed,
        "smtp_seconds": inbox.last_at - inbox.first_at,
        "received": inbox.messages,
        "recipients": inbox.recipients,
        "hwm_quarter": quarter_hwm,
        "rss_quarter": quarter_rss if quarter_hwm is not None else None,
        "hwm_end": _status(worker.pid, "VmHWM"),
        "rss_end": _status(worker.pid, "VmRSS"),
    }


def _smtplib_loop(port: int, inbox, limit: int | None = None) -> tuple[int, float]:
    """The same rendered messages, personalised, over ONE smtplib connection."""
    inbox.reset()
    news = campaign(title="Baseline")
    rendered = render_campaign(news, "es")
    sender = newsletter_from()
    recipients = Subscriber.objects.order_by("pk").values_list("pk", "email")
    if limit:
        recipients = recipients[:limit]
    sent = 0
    began = time.perf_counter()
    with smtplib.SMTP("127.0.0.1", port) as connection:
        for subscriber_id, email in recipients.iterator(chunk_size=5000):
            message = rendered.message(subscriber_id=subscriber_id, email=email)
            connection.sendmail(
                sender, [email], message.message().as_bytes(linesep="\r\n")
            )
            sent += 1
    return sent, time.perf_counter() - began


def _mb(kib: int | None) -> str:
    return "n/a" if kib is None else f"{kib / 1024:.1f} MiB"


def test_benchmark_newsletter_one_worker(redis_url, smtp_counter, worker_factory):
    port, inbox = smtp_counter
    cpus = os.cpu_count()

    # Calibration: 2,000 messages through a worker and through smtplib.
    seed_seconds = _seed(0, CALIBRATION)
    worker = worker_factory("calibration")
    trial = _campaign_run(redis_url, inbox, worker, CALIBRATION, "Calibración")
    worker_factory.stop(worker)
    _sent, base_seconds = _smtplib_loop(port, inbox)
    worker_rate = CALIBRATION / trial["elapsed"]
    base_rate = CALIBRATION / base_seconds
    seed_rate = CALIBRATION / seed_seconds
    projected = TARGET * (1 / worker_rate + 1 / base_rate + 1 / seed_rate)
    n = TARGET if projected <= BUDGET_SECONDS else FALLBACK
    print(
        f"\nCalibration on {cpus} CPUs, {CALIBRATION} messages: worker "
        f"{worker_rate:.0f} msg/s, smtplib {base_rate:.0f} msg/s, seeding "
        f"{seed_rate:.0f} rows/s; {TARGET:,} would take ~{projected:.0f} s "
        f"(budget {BUDGET_SECONDS} s) -> N = {n:,}"
    )
    Delivery.objects.all().delete()
    Send.objects.all().delete()

    # The real run: N subscribers, a fresh worker.
    seed_seconds = _seed(CALIBRATION, n)
    assert Subscriber.objects.count() == n
    print(f"Seeded {n - CALIBRATION:,} more subscribers in {seed_seconds:.1f} s")
    worker = worker_factory("bench")
    hwm_idle = _status(worker.pid, "VmHWM")
    run = _campaign_run(redis_url, inbox, worker, n, "Boletín de prueba")

    send = run["send"]
    states = Counter(Delivery.objects.filter(send=send).values_list("state", flat=True))
    assert send.status == Send.Status.DONE, states
    assert states == {"sent": n}, states
    assert run["received"] == n
    assert len(run["recipients"]) == n and max(run["recipients"].values()) == 1
    open_seconds = (send.finished_at - send.started_at).total_seconds()
    worker_rate = n / run["elapsed"]
    worker_smtp_rate = n / run["smtp_seconds"] if run["smtp_seconds"] else 0

    sent, base_seconds = _smtplib_loop(port, inbox)
    assert sent == n and inbox.messages == n
    base_rate = n / base_seconds

    print(f"Campaign to N = {n:,} subscribers, ONE Celery worker (--pool solo):")
    print(
        f"  worker:  {run['elapsed']:.1f} s from enqueue to done = "
        f"{worker_rate:.0f} msg/s ({worker_smtp_rate:.0f} msg/s first to last "
        f"message; send started to finished {open_seconds:.1f} s)"
    )
    print(
        f"  smtplib: {base_seconds:.1f} s for the same {n:,} rendered messages "
        f"over one connection = {base_rate:.0f} msg/s"
    )
    print(
        f"  ratio worker/smtplib: {worker_rate / base_rate:.2f} "
        f"({base_rate / worker_rate:.2f}x slower for exactly-once bookkeeping)"
    )
    print(
        f"  worker peak RSS (VmHWM): idle {_mb(hwm_idle)}, at N/4 "
        f"{_mb(run['hwm_quarter'])}, at N {_mb(run['hwm_end'])} "
        f"(current RSS at N/4 {_mb(run['rss_quarter'])}, at N {_mb(run['rss_end'])})"
    )
