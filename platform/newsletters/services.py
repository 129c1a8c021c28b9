"""Writes: subscriptions and consent, imports, and starting or steering sends."""

import csv
import io
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.mail import EmailMultiAlternatives
from django.core.validators import validate_email
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from newsletters.models import Campaign, Send, Subscriber, new_token
from newsletters.rendering import (
    absolute,
    newsletter_from,
    render_campaign,
    unsubscribe_token,
)
from newsletters.segments import segment_clean
from outbox.services import email_queue

CONFIRMATION_RESEND_AFTER = 5 * 60  # seconds
IMPORT_MAX_ROWS = 50_000
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def email_normalise(email: str) -> str:
    """Trimmed and lower-cased; ValidationError if it is not an address."""
    email = (email or "").strip().lower()
    try:
        validate_email(email)
    except ValidationError as error:
        raise ValidationError(
            _("Enter a valid email address."), code="invalid_email"
        ) from error
    return email


def language_or_default(language: str | None) -> str:
    language = (language or "").strip().lower()[:2]
    return language if language in LANGUAGE_CODES else settings.LANGUAGE_CODE


def subscriber_by_email(email: str) -> Subscriber | None:
    return Subscriber.objects.filter(email__iexact=email).first()


def subscriber_for_user(user) -> Subscriber | None:
    if not getattr(user, "is_authenticated", False):
        return None
    return (
        Subscriber.objects.filter(user=user).first()
        or Subscriber.objects.filter(email__iexact=user.email).first()
    )


# --- Consent and confirmation ------------------------------------------------


def subscriber_subscribe(
    *,
    email: str,
    language: str,
    consent_text: str,
    source: str = Subscriber.Source.FOOTER,
) -> None:
    """Record a request to subscribe and mail a confirmation link (double opt-in).

    Says nothing about whether the address was known: the caller shows the
    same message either way, so the form cannot be used to probe the list.
    """
    email = email_normalise(email)
    language = language_or_default(language)
    with transaction.atomic():
        subscriber = (
            Subscriber.objects.select_for_update().filter(email__iexact=email).first()
        )
        if subscriber is None:
            try:
                with transaction.atomic():
                    subscriber = Subscriber.objects.create(
                        email=email,
                        language=language,
                        consent_text=consent_text,
                        consent_source=source,
                        consent_at=timezone.now(),
                    )
            except IntegrityError:  # the same address, submitted twice at once
                return
        elif subscriber.status in (
            Subscriber.Status.SUBSCRIBED,
            Subscriber.Status.UNDELIVERABLE,
        ):
            return
        elif subscriber.status == Subscriber.Status.UNSUBSCRIBED:
            subscriber.status = Subscriber.Status.PENDING
            subscriber.token = new_token()
            subscriber.language = language
            subscriber.consent_text = consent_text
            subscriber.consent_source = source
            subscriber.consent_at = timezone.now()
            subscriber.confirmation_sent_at = None
            subscriber.save()
        _confirmation_request(subscriber)


def _confirmation_request(subscriber: Subscriber) -> bool:
    """Mail the confirmation link, at most once every few minutes."""
    now = timezone.now()
    sent = subscriber.confirmation_sent_at
    if sent and (now - sent).total_seconds() < CONFIRMATION_RESEND_AFTER:
        return False
    Subscriber.objects.filter(pk=subscriber.pk).update(confirmation_sent_at=now)
    _confirmation_mail(subscriber)
    return True


def _confirmation_mail(subscriber: Subscriber) -> None:
    with translation.override(subscriber.language):
        confirm_url = absolute(reverse("newsletters:confirm", args=[subscriber.token]))
        context = {
            "confirm_url": confirm_url,
            "subscriber": subscriber,
            "imported": subscriber.consent_source == Subscriber.Source.IMPORT,
        }
        subject = render_to_string(
            "newsletters/email/confirm_subject.txt", context
        ).strip()
        body = render_to_string("newsletters/email/confirm.txt", context)
    email_queue(
        message=EmailMultiAlternatives(
            subject, body, newsletter_from(), [subscriber.email]
        )
    )


def confirmation_requests_send(*, subscriber_ids: list[int]) -> int:
    """Ask pending people who were never asked (imported ones) to confirm, once."""
    asked = 0
    never_asked = Subscriber.objects.filter(
        status=Subscriber.Status.PENDING, confirmation_sent_at__isnull=True
    )
    for subscriber in never_asked.filter(pk__in=subscriber_ids).iterator():
        # Claimed by a conditional UPDATE: a task run twice asks nobody twice.
        if never_asked.filter(pk=subscriber.pk).update(
            confirmation_sent_at=timezone.now()
        ):
            try:
                _confirmation_mail(subscriber)
            except Exception:
                # Not handed over: unclaim, so the task's retry asks them.
                Subscriber.objects.filter(pk=subscriber.pk).update(
                    confirmation_sent_at=None
                )
                raise
            asked += 1
    return asked


def subscriber_confirm(*, token: str) -> tuple[Subscriber | None, bool]:
    """(subscriber, changed): a pending address becomes subscribed, once."""
    with transaction.atomic():
        subscriber = (
            Subscriber.objects.select_for_update().filter(token=token).first()
            if token
            else None
        )
        if subscriber is None:
            return None, False
        if subscriber.status != Subscriber.Status.PENDING:
            return subscriber, False
        subscriber.status = Subscriber.Status.SUBSCRIBED
        subscriber.confirmed_at = timezone.now()
        fields = ["status", "confirmed_at"]
        if subscriber.consent_at is None:
            # Imported without consent: the confirmation page is where they gave it.
            subscriber.consent_at = subscriber.confirmed_at
            subscriber.consent_text = " — ".join(
                [
                    _("Press the button to start receiving Rumbo's newsletter."),
                    _("Yes, subscribe me"),
                ]
            )
            fields += ["consent_at", "consent_text"]
        subscriber.save(update_fields=fields)
        _welcome(subscriber)
    return subscriber, True


def _welcome(subscriber: Subscriber) -> None:
    with translation.override(subscriber.language):
        context = {
            "archive_url": absolute(reverse("newsletters:archive")),
            "unsubscribe_url": absolute(
                reverse(
                    "newsletters:unsubscribe", args=[unsubscribe_token(subscriber.pk)]
                )
            ),
        }
        subject = render_to_string(
            "newsletters/email/welcome_subject.txt", context
        ).strip()
        body = render_to_string("newsletters/email/welcome.txt", context)
    email_queue(
        message=EmailMultiAlternatives(
            subject, body, newsletter_from(), [subscriber.email]
        )
    )


def subscriber_unsubscribe(*, subscriber_id: int) -> tuple[Subscriber | None, bool]:
    """(subscriber, changed). Running sends re-check the status before each message."""
    with transaction.atomic():
        subscriber = (
            Subscriber.objects.select_for_update().filter(pk=subscriber_id).first()
        )
        if subscriber is None:
            return None, False
        if subscriber.status not in (
            Subscriber.Status.SUBSCRIBED,
            Subscriber.Status.PENDING,
        ):
            return subscriber, False
        subscriber.status = Subscriber.Status.UNSUBSCRIBED
        subscriber.unsubscribed_at = timezone.now()
        subscriber.token = new_token()  # old confirmation links stop working
        subscriber.save(update_fields=["status", "unsubscribed_at", "token"])
    return subscriber, True


def subscriber_mark_undeliverable(*, email: str, reason: str) -> bool:
    """A bounce or complaint reported by the provider: never mail it again."""
    return bool(
        Subscriber.objects.filter(email__iexact=(email or "").strip())
        .exclude(status=Subscriber.Status.UNDELIVERABLE)
        .update(
            status=Subscriber.Status.UNDELIVERABLE,
            undeliverable_reason=(reason or "")[:300],
        )
    )


def preferences_update(
    *, user, subscribed: bool, language: str, consent_text: str
) -> Subscriber | None:
    """A signed-in person's own choice. Their address is verified by sign-up,
    so ticking the box is the confirmation; a welcome email follows."""
    language = language_or_default(language)
    with transaction.atomic():
        subscriber = subscriber_for_user(user)
        if subscriber is not None:
            subscriber = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
        if subscriber is None:
            if not subscribed:
                return None
            subscriber = Subscriber(email=user.email.lower())
        subscriber.user = user
        subscriber.language = language
        welcome = False
        if subscribed and subscriber.status != Subscriber.Status.SUBSCRIBED:
            if subscriber.status == Subscriber.Status.UNDELIVERABLE:
                raise ValidationError(
                    _(
                        "Mail to this address bounced, so we cannot send the "
                        "newsletter to it. Contact us to fix it."
                    ),
                    code="undeliverable",
                )
            now = timezone.now()
            subscriber.status = Subscriber.Status.SUBSCRIBED
            subscriber.consent_at = now
            subscriber.consent_source = Subscriber.Source.ACCOUNT
            subscriber.consent_text = consent_text
            subscriber.confirmed_at = now
            welcome = True
        elif not subscribed and subscriber.status in (
            Subscriber.Status.SUBSCRIBED,
            Subscriber.Status.PENDING,
        ):
            subscriber.status = Subscriber.Status.UNSUBSCRIBED
            subscriber.unsubscribed_at = timezone.now()
            subscriber.token = new_token()
        subscriber.save()
        if welcome:
            _welcome(subscriber)
    return subscriber


# --- Import ------------------------------------------------------------------


@dataclass
class ImportReport:
    created: int = 0
    pending: int = 0
    asked: int = 0
    rejected: list[dict] = field(default_factory=list)


TRUE_WORDS = {"1", "yes", "y", "true", "si", "sí", "sim", "x"}


def subscribers_import(
    *,
    file,
    consent_given: bool,
    consent_note: str,
    ask_to_confirm: bool = False,
    by=None,
) -> ImportReport:
    """Import a CSV (columns: email, language, consent).

    Nobody is mailed, unless `ask_to_confirm`: then the new people who must
    confirm get the confirmation link (once, by a task on the mail queue).

    Rows are refused with a reason (bad address, duplicate in the file, already
    on the list, unknown language); valid rows are created. People count as
    consenting only if the form says so for all, or their row says so.
    """
    raw = file.read()
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ValidationError(
                _("The file is not UTF-8 text. Save it as CSV (UTF-8)."),
                code="encoding",
            ) from error
    try:
        dialect = csv.Sniffer().sniff(raw[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(raw), dialect)
    rows = list(reader)
    if not rows:
        raise ValidationError(_("The file is empty."), code="empty")
    header = [h.strip().lower() for h in rows[0]]
    if "email" not in header:
        raise ValidationError(
            _("The first row must name the columns, with one called “email”."),
            code="no_email_column",
        )
    if len(rows) - 1 > IMPORT_MAX_ROWS:
        raise ValidationError(
            _("At most %(n)s rows at a time.") % {"n": IMPORT_MAX_ROWS},
            code="too_many",
        )
    col = {
        name: header.index(name)
        for name in ("email", "language", "consent")
        if name in header
    }
    report = ImportReport()
    seen: set[str] = set()
    candidates: list[tuple[int, str, str, bool]] = []
    for number, row in enumerate(rows[1:], start=2):
        if not any(cell.strip() for cell in row):
            continue

        def cell(name, row=row):
            index = col.get(name)
            return row[index].strip() if index is not None and index < len(row) else ""

        value = cell("email")
        try:
            email = email_normalise(value)
        except ValidationError:
            report.rejected.append(
                {
                    "line": number,
                    "email": value,
                    "reason": _("Not a valid email address"),
                }
            )
            continue
        if email in seen:
            report.rejected.append(
                {"line": number, "email": value, "reason": _("Duplicate in this file")}
            )
            continue
        seen.add(email)
        language = cell("language").lower()[:2]
        if language and language not in LANGUAGE_CODES:
            report.rejected.append(
                {"line": number, "email": value, "reason": _("Unknown language")}
            )
            continue
        consent = consent_given or cell("consent").lower() in TRUE_WORDS
        candidates.append((number, email, language or settings.LANGUAGE_CODE, consent))
    existing = set()
    emails = [c[1] for c in candidates]
    for start in range(0, len(emails), 1000):
        existing |= {
            e.lower()
            for e in Subscriber.objects.filter(
                email__in=emails[start : start + 1000]
            ).values_list("email", flat=True)
        }
    now = timezone.now()
    new = []
    for number, email, language, consent in candidates:
        if email in existing:
            report.rejected.append(
                {"line": number, "email": email, "reason": _("Already on the list")}
            )
            continue
        new.append(
            Subscriber(
                email=email,
                language=language,
                status=Subscriber.Status.SUBSCRIBED
                if consent
                else Subscriber.Status.PENDING,
                consent_at=now if consent else None,
                consent_source=Subscriber.Source.IMPORT,
                consent_text=(consent_note or "Consent stated in the imported file")
                if consent
                else "",
                confirmed_at=now if consent else None,
            )
        )
        report.pending += 0 if consent else 1
    with transaction.atomic():
        created = Subscriber.objects.bulk_create(
            new, batch_size=1000, ignore_conflicts=True
        )
    report.created = len(created)
    report.rejected.sort(key=lambda r: r["line"])
    if ask_to_confirm and report.pending:
        report.asked = _confirmation_requests_queue(
            [s.email for s in new if s.status == Subscriber.Status.PENDING]
        )
    return report


CONFIRMATION_TASK_CHUNK = 500


def _confirmation_requests_queue(emails: list[str]) -> int:
    from newsletters.tasks import confirmation_requests_task

    ids = []
    for start in range(0, len(emails), 1000):
        ids += Subscriber.objects.filter(
            email__in=emails[start : start + 1000],
            status=Subscriber.Status.PENDING,
            confirmation_sent_at__isnull=True,
        ).values_list("pk", flat=True)
    for start in range(0, len(ids), CONFIRMATION_TASK_CHUNK):
        chunk = ids[start : start + CONFIRMATION_TASK_CHUNK]
        transaction.on_commit(
            lambda chunk=chunk: confirmation_requests_task.delay(chunk)
        )
    return len(ids)


# --- Sends -------------------------------------------------------------------


ACTIVE = (Send.Status.SCHEDULED, Send.Status.SENDING, Send.Status.PAUSED)


def send_create(
    *,
    campaign: Campaign,
    segment: dict,
    by=None,
    scheduled_at: datetime | None = None,
) -> Send:
    """Send now, or schedule; refuses while the same newsletter is already going out."""
    from newsletters.tasks import start_send_task

    segment = segment_clean(segment)
    now = timezone.now()
    if scheduled_at is not None and scheduled_at <= now:
        raise ValidationError(
            _("Choose a time in the future, or send now."), code="past"
        )
    with transaction.atomic():
        # Serialise decisions about one newsletter (its rows in every language).
        list(
            Campaign.objects.select_for_update().filter(
                translation_key=campaign.translation_key
            )
        )
        if Send.objects.filter(
            campaign_key=campaign.translation_key, status__in=ACTIVE
        ).exists():
            raise ValidationError(
                _("This newsletter is already scheduled or being sent."),
                code="already_active",
            )
        send = Send.objects.create(
            campaign=campaign,
            campaign_key=campaign.translation_key,
            segment=segment,
            created_by=by,
            status=Send.Status.SCHEDULED if scheduled_at else Send.Status.SENDING,
            scheduled_at=scheduled_at,
            started_at=None if scheduled_at else now,
        )
        if not scheduled_at:
            transaction.on_commit(lambda: start_send_task.delay(send.pk))
    return send


def send_start_due() -> int:
    """Start scheduled sends whose time has come (beat calls this every minute)."""
    from newsletters.tasks import start_send_task

    started = 0
    due = Send.objects.filter(
        status=Send.Status.SCHEDULED, scheduled_at__lte=timezone.now()
    ).values_list("pk", flat=True)
    for send_id in list(due):
        with transaction.atomic():
            if Send.objects.filter(pk=send_id, status=Send.Status.SCHEDULED).update(
                status=Send.Status.SENDING, started_at=timezone.now()
            ):
                started += 1
                transaction.on_commit(
                    lambda send_id=send_id: start_send_task.delay(send_id)
                )
    return started


def _transition(send: Send, allowed: tuple, to: str, **extra) -> bool:
    return bool(
        Send.objects.filter(pk=send.pk, status__in=allowed).update(status=to, **extra)
    )


def send_pause(*, send: Send) -> None:
    if not _transition(send, (Send.Status.SENDING,), Send.Status.PAUSED):
        raise ValidationError(_("Only a running send can be paused."), code="state")


def send_resume(*, send: Send) -> None:
    from newsletters.tasks import kick_send

    if not _transition(send, (Send.Status.PAUSED,), Send.Status.SENDING):
        raise ValidationError(_("Only a paused send can be resumed."), code="state")
    transaction.on_commit(lambda: kick_send(send.pk))


def send_cancel(*, send: Send) -> None:
    """Stop for good; messages already handed over stay sent."""
    from newsletters.models import Delivery

    with transaction.atomic():
        if not _transition(
            send, ACTIVE, Send.Status.CANCELLED, finished_at=timezone.now()
        ):
            raise ValidationError(_("This send has already finished."), code="state")
        Delivery.objects.filter(send=send, state=Delivery.State.QUEUED).update(
            state=Delivery.State.SKIPPED, error="Cancelled"
        )


def send_test(*, campaign: Campaign, email: str) -> None:
    """The campaign as subscribers get it, to one address, marked as a test."""
    email = email_normalise(email)
    rendered = render_campaign(campaign, campaign.locale.language_code)
    message = rendered.message(subscriber_id=0, email=email)
    message.subject = f"[{_('Test')}] {message.subject}"
    email_queue(message=message)
