"""Queue transactional email so that no web request waits on SMTP."""

from collections.abc import Callable

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.db import transaction

from outbox.tasks import send_email_task


def message_to_payload(message: EmailMessage) -> dict:
    """A JSON-safe copy of a rendered message (Celery accepts JSON only)."""
    return {
        "subject": message.subject,
        "body": message.body,
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": dict(message.extra_headers),
        "alternatives": [
            [content, mimetype]
            for content, mimetype in getattr(message, "alternatives", [])
        ],
        "content_subtype": message.content_subtype,
    }


def payload_to_message(payload: dict) -> EmailMultiAlternatives:
    message = EmailMultiAlternatives(
        subject=payload["subject"],
        body=payload["body"],
        from_email=payload["from_email"],
        to=payload["to"],
        cc=payload["cc"],
        bcc=payload["bcc"],
        reply_to=payload["reply_to"],
        headers=payload["headers"],
    )
    for content, mimetype in payload["alternatives"]:
        message.attach_alternative(content, mimetype)
    message.content_subtype = payload["content_subtype"]
    return message


def email_queue(*, message: EmailMessage) -> None:
    """Send `message` from a worker once the current transaction commits."""
    payload = message_to_payload(message)
    transaction.on_commit(lambda: send_email_task.delay(payload))


# How long a notification is remembered as sent: longer than any task retry.
NOTIFICATION_TTL = 60 * 60 * 24 * 30


def notification_claim(*, key: str, ttl: int = NOTIFICATION_TTL) -> bool:
    """True the first time ``key`` is claimed, so a retried or repeated task
    sends a notification once. Kept in the cache shared by every process.

    A shorter ``ttl`` makes it "once per window": claimable again after it.
    """
    return cache.add(f"outbox:notified:{key}", True, ttl)


def staff_recipients(*, can: Callable | None = None) -> list:
    """Active staff with an email address for whom ``can(user)`` holds (all of
    them when ``can`` is None), to tell about something waiting for them.

    When nobody qualifies, the active superusers: a waiting decision must reach
    someone. (settings.ADMINS is for server errors, not for site work.) Staff
    are few, so ``can`` may check permissions user by user.
    """
    User = get_user_model()
    people = User.objects.filter(is_active=True).exclude(email="").order_by("pk")
    chosen = [u for u in people.filter(is_staff=True) if can is None or can(u)]
    return chosen or list(people.filter(is_superuser=True))


def email_text_queue(*, to: list[str], subject: str, body: str) -> None:
    """Queue a plain-text email from the site's sender.

    The subject comes from a template or a translation and may hold line
    breaks, which email headers cannot.
    """
    email_queue(
        message=EmailMessage(
            subject=" ".join(str(subject).split()),
            body=body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=to,
        )
    )
