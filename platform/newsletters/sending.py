"""Exactly-once delivery of a send, batch by batch, on any number of workers.

How a message is never sent twice and never skipped:

1. ``send_materialise`` writes one ``Delivery`` row per recipient with
   ``bulk_create(ignore_conflicts=True)``, reading subscribers with
   ``.iterator()`` in chunks. Unique constraints on (send, subscriber) and on
   (campaign translation key, subscriber) make it idempotent: running it twice,
   two workers running it at once, or a second send of the same newsletter by
   mistake all add nobody twice.
2. ``deliveries_claim`` moves a few rows from ``queued`` to ``sending`` with a
   lease timestamp, in a short transaction using
   ``SELECT ... FOR UPDATE SKIP LOCKED``: two workers never claim the same row.
3. The batch is handed to ONE SMTP (or anymail) connection. The send's status
   (paused / cancelled) and the subscribers' status (unsubscribed
   mid-campaign) are read with the rows when the batch starts, and again every
   NEWSLETTER_RECHECK_SECONDS (0.25 s) while it runs: one query per recheck
   instead of one per message, which cost more than the SMTP hand-off.
4. Right after the server accepts a message, its row becomes ``sent`` in its
   own autocommitted UPDATE.

A ``sending`` row whose lease has expired is claimed again. That is the single
case of a duplicate: a worker SIGKILLed between the server accepting a message
and step 4. At most one message per killed worker process can be in that
window, and nothing is lost, because the row is still there to be reclaimed.

Celery settings (rumbo.settings): ``acks_late`` + ``task_reject_on_worker_lost``
re-queue a batch task whose worker died; the database rows, not the broker
message, are the source of truth, so a re-delivered or duplicated task only
finds nothing to claim. With Redis, an unacknowledged task returns only after
the broker's visibility timeout (3600 s), so recovery does not wait on it:
``campaigns_send_due_task`` (beat, every 60 s) re-kicks any running send that
has queued or lease-expired rows. Retry countdowns are capped at 600 s, well
under the visibility timeout, so Redis never re-delivers a task that is only
waiting for its retry.
"""

import logging
import smtplib
import time
from datetime import timedelta

from django.conf import settings
from django.core.mail import get_connection
from django.db import connection as db_connection
from django.db import transaction
from django.db.models import Count, F, Q
from django.utils import timezone

from newsletters.models import Campaign, Delivery, Send, Subscriber
from newsletters.rendering import campaign_for_language, render_campaign
from newsletters.segments import segment_subscribers

logger = logging.getLogger(__name__)

MATERIALISE_CHUNK = 5000


def conf(name: str, default):
    return getattr(settings, f"NEWSLETTER_{name}", default)


def batch_size() -> int:
    size = int(conf("BATCH_SIZE", 100))
    rate = float(conf("RATE_LIMIT", 0) or 0)
    if rate > 0:
        # A claimed batch must finish well inside its lease.
        size = min(size, max(1, int(rate * lease_seconds() / 3)))
    return max(1, size)


def lease_seconds() -> int:
    return int(conf("LEASE_SECONDS", 600))


class TransientSendError(Exception):
    """The server did not take the message but may later: retry the batch."""


def classify(error: Exception) -> tuple[bool, str]:
    """(permanent?, reason) for an error raised while handing over a message."""
    try:
        from anymail.exceptions import AnymailError, AnymailRecipientsRefused
    except ImportError:  # pragma: no cover
        AnymailError = AnymailRecipientsRefused = ()  # noqa: N806
    if AnymailRecipientsRefused and isinstance(error, AnymailRecipientsRefused):
        return True, str(error)[:500]
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _msg in error.recipients.values()]
        reason = "; ".join(
            f"{code} {msg.decode(errors='replace') if isinstance(msg, bytes) else msg}"
            for code, msg in error.recipients.values()
        )
        return any(code >= 500 for code in codes), reason[:500]
    if isinstance(error, smtplib.SMTPResponseException):
        message = error.smtp_error
        if isinstance(message, bytes):
            message = message.decode(errors="replace")
        return error.smtp_code >= 500, f"{error.smtp_code} {message}"[:500]
    if AnymailError and isinstance(error, AnymailError):
        status = getattr(error, "status_code", None) or 0
        return 400 <= status < 500 and status != 429, str(error)[:500]
    return False, f"{type(error).__name__}: {error}"[:500]


def send_materialise(*, send_id: int) -> int:
    """Create the queued deliveries of a send (idempotent); returns the total."""
    send = Send.objects.get(pk=send_id)
    # In the order people subscribed: deliveries go out in their own order
    # (pk), which would otherwise follow the table's physical order.
    recipients = (
        segment_subscribers(send.segment)
        .order_by("pk")
        .values_list("pk", flat=True)
        .iterator(chunk_size=MATERIALISE_CHUNK)
    )
    chunk: list[Delivery] = []
    for subscriber_id in recipients:
        chunk.append(
            Delivery(
                send_id=send.pk,
                campaign_key=send.campaign_key,
                subscriber_id=subscriber_id,
            )
        )
        if len(chunk) >= MATERIALISE_CHUNK:
            Delivery.objects.bulk_create(chunk, ignore_conflicts=True)
            chunk = []
    if chunk:
        Delivery.objects.bulk_create(chunk, ignore_conflicts=True)
    total = Delivery.objects.filter(send_id=send.pk).count()
    Send.objects.filter(pk=send.pk).update(total=total)
    return total


def deliveries_claim(*, send_id: int, limit: int) -> list[int]:
    """Lease up to `limit` queued (or lease-expired) rows to this worker."""
    now = timezone.now()
    stale = now - timedelta(seconds=lease_seconds())
    max_attempts = int(conf("MAX_ATTEMPTS", 8))
    with transaction.atomic():
        ids = list(
            Delivery.objects.select_for_update(skip_locked=True)
            .filter(send_id=send_id)
            .filter(
                Q(state=Delivery.State.QUEUED)
                | Q(state=Delivery.State.SENDING, claimed_at__lt=stale)
            )
            .order_by("pk")
            .values_list("pk", flat=True)[:limit]
        )
        if not ids:
            return []
        # Rows that keep failing transiently give up in the end, with a reason.
        given_up = Delivery.objects.filter(pk__in=ids, attempts__gte=max_attempts)
        given_up.update(
            state=Delivery.State.FAILED,
            claimed_at=None,
            error=f"Gave up after {max_attempts} attempts",
        )
        Delivery.objects.filter(pk__in=ids, attempts__lt=max_attempts).update(
            state=Delivery.State.SENDING, claimed_at=now, attempts=F("attempts") + 1
        )
    return list(
        Delivery.objects.filter(
            pk__in=ids, state=Delivery.State.SENDING, claimed_at=now
        )
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def deliveries_release(*, ids: list[int], untried: bool) -> None:
    """Back to the queue, e.g. on pause or a transient error."""
    if not ids:
        return
    update = {"state": Delivery.State.QUEUED, "claimed_at": None}
    if untried:
        update["attempts"] = F("attempts") - 1
    Delivery.objects.filter(pk__in=ids, state=Delivery.State.SENDING).update(**update)


def send_finish_if_complete(*, send_id: int) -> bool:
    """Mark a running send done when no row is left to send."""
    left = Delivery.objects.filter(
        send_id=send_id, state__in=[Delivery.State.QUEUED, Delivery.State.SENDING]
    ).exists()
    if left:
        return False
    return bool(
        Send.objects.filter(pk=send_id, status=Send.Status.SENDING).update(
            status=Send.Status.DONE, finished_at=timezone.now()
        )
    )


def send_needs_work(*, send_id: int) -> bool:
    stale = timezone.now() - timedelta(seconds=lease_seconds())
    return Delivery.objects.filter(
        Q(state=Delivery.State.QUEUED)
        | Q(state=Delivery.State.SENDING, claimed_at__lt=stale),
        send_id=send_id,
    ).exists()


class Pacer:
    """Keeps one worker under NEWSLETTER_RATE_LIMIT messages per second."""

    def __init__(self, rate: float):
        self.interval = 1.0 / rate if rate and rate > 0 else 0.0
        self.next_at = time.monotonic()

    def wait(self) -> None:
        if not self.interval:
            return
        now = time.monotonic()
        if self.next_at > now:
            time.sleep(self.next_at - now)
        self.next_at = max(self.next_at, now) + self.interval


class BatchStopped(Exception):
    pass


def send_batch(*, send_id: int, renders: dict | None = None, pacer=None) -> str:
    """Claim and send one batch over one connection.

    Returns "more" (a batch was processed), "empty" (nothing left to claim) or
    the send's status when it is not running. Raises TransientSendError after
    putting the failing and untried rows back in the queue.
    """
    status = Send.objects.filter(pk=send_id).values_list("status", flat=True).first()
    if status != Send.Status.SENDING:
        return status or "missing"
    ids = deliveries_claim(send_id=send_id, limit=batch_size())
    if not ids:
        send_finish_if_complete(send_id=send_id)
        return "empty"
    renders = renders if renders is not None else {}
    pacer = pacer or Pacer(float(conf("RATE_LIMIT", 0) or 0))
    recheck = float(conf("RECHECK_SECONDS", 0.25))
    untried = list(ids)
    rows: dict[int, tuple] = {}
    checked_at = None
    connection = get_connection(fail_silently=False)
    try:
        connection.open()
        while untried:
            pacer.wait()
            if checked_at is None or time.monotonic() - checked_at >= recheck:
                rows, stopped = _batch_read(send_id, untried)
                checked_at = time.monotonic()
                if stopped:
                    untried = []
                    return stopped
                untried = [pk for pk in untried if pk in rows]
                if not untried:
                    break
            delivery_id = untried[0]
            campaign_id, subscriber_id, email, language = rows[delivery_id]
            rendered = _rendered(campaign_id, language, renders)
            message = rendered.message(
                subscriber_id=subscriber_id, email=email, connection=connection
            )
            try:
                connection.send_messages([message])
            except Exception as error:  # classified below
                permanent, reason = classify(error)
                untried.pop(0)
                if permanent:
                    Delivery.objects.filter(pk=delivery_id).update(
                        state=Delivery.State.FAILED, claimed_at=None, error=reason
                    )
                    continue
                Delivery.objects.filter(pk=delivery_id).update(error=reason)
                deliveries_release(ids=[delivery_id], untried=False)
                deliveries_release(ids=untried, untried=True)
                untried = []
                raise TransientSendError(reason) from error
            # The server has the message: record it at once, in its own commit.
            _delivery_sent(delivery_id)
            untried.pop(0)
    except (ConnectionError, OSError, smtplib.SMTPException) as error:
        # Opening the connection failed: nothing was tried.
        deliveries_release(ids=untried, untried=True)
        untried = []
        raise TransientSendError(f"{type(error).__name__}: {error}") from error
    finally:
        # Killed softly (time limit) mid-batch: the rest goes back to the queue.
        deliveries_release(ids=untried, untried=True)
        try:
            connection.close()
        except Exception:  # noqa: BLE001  (a broken connection cannot close)
            logger.debug("SMTP connection did not close cleanly", exc_info=True)
    return "more"


def _batch_read(send_id: int, untried: list[int]) -> tuple[dict[int, tuple], str]:
    """The untried rows still ours to send, and the send's status if it stopped.

    Read when the batch starts and again every NEWSLETTER_RECHECK_SECONDS, so a
    pause, a cancel or an unsubscribe reaches a running batch within that time
    without a query per message (0 re-reads before every message).
    """
    status = Send.objects.filter(pk=send_id).values_list("status", flat=True).first()
    if status != Send.Status.SENDING:
        if status == Send.Status.CANCELLED:
            Delivery.objects.filter(
                pk__in=untried, state=Delivery.State.SENDING
            ).update(state=Delivery.State.SKIPPED, claimed_at=None, error="Cancelled")
        else:
            deliveries_release(ids=untried, untried=True)
        return {}, status or "missing"
    rows = {}
    left: dict[str, list[int]] = {}
    for pk, campaign_id, subscriber_id, subscriber_status, email, language in (
        Delivery.objects.filter(pk__in=untried, state=Delivery.State.SENDING)
        .values_list(
            "pk",
            "send__campaign_id",
            "subscriber_id",
            "subscriber__status",
            "subscriber__email",
            "subscriber__language",
        )
        .iterator()
    ):
        if subscriber_status == Subscriber.Status.SUBSCRIBED:
            rows[pk] = (campaign_id, subscriber_id, email, language)
        else:
            left.setdefault(subscriber_status, []).append(pk)
    for subscriber_status, pks in left.items():
        Delivery.objects.filter(pk__in=pks).update(
            state=Delivery.State.SKIPPED,
            claimed_at=None,
            error=f"Subscriber {subscriber_status}",
        )
    return rows, ""


def _delivery_sent(delivery_id: int) -> None:
    """Record one accepted message in its own autocommitted UPDATE.

    Runs once per message: plain SQL skips building and compiling a queryset
    each time, which cost more than the statement itself.
    """
    with db_connection.cursor() as cursor:
        cursor.execute(
            _SENT_SQL.format(table=Delivery._meta.db_table),
            [
                Delivery.State.SENT,
                db_connection.ops.adapt_datetimefield_value(timezone.now()),
                delivery_id,
            ],
        )


_SENT_SQL = (
    "UPDATE {table} SET state = %s, sent_at = %s, claimed_at = NULL, error = ''"
    " WHERE id = %s"
)


def _rendered(campaign_id: int, language: str, renders: dict):
    key = (campaign_id, language)
    if key not in renders:
        campaign = Campaign.objects.select_related("locale").get(pk=campaign_id)
        version = campaign_for_language(
            campaign, language, renders.setdefault("_v", {})
        )
        renders[key] = render_campaign(version, language)
    return renders[key]


def send_progress(send: Send) -> dict:
    """Counts per state, for the live progress bar and the summary."""
    counts = dict(
        Delivery.objects.filter(send=send)
        .order_by()
        .values_list("state")
        .annotate(n=Count("pk"))
        .values_list("state", "n")
    )
    sent = counts.get(Delivery.State.SENT, 0)
    failed = counts.get(Delivery.State.FAILED, 0)
    skipped = counts.get(Delivery.State.SKIPPED, 0)
    waiting = counts.get(Delivery.State.QUEUED, 0) + counts.get(
        Delivery.State.SENDING, 0
    )
    total = sent + failed + skipped + waiting
    done = sent + failed + skipped
    return {
        "status": send.status,
        "status_label": str(send.get_status_display()),
        "total": total,
        "sent": sent,
        "failed": failed,
        "skipped": skipped,
        "waiting": waiting,
        "percent": round(100 * done / total)
        if total
        else (100 if send.status == Send.Status.DONE else 0),
        "finished": send.status in (Send.Status.DONE, Send.Status.CANCELLED),
    }
