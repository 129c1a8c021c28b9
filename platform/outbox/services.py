"""Queue transactional email so that no web request waits on SMTP.

`notify` is the one way an app tells someone something by email; the rest are
its parts, and the low-level queue for messages built elsewhere (allauth,
newsletters).
"""

from __future__ import annotations

import base64
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.mail import EmailMessage, EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation

from outbox.tasks import send_email_task

if TYPE_CHECKING:
    from users.models import User


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
        "attachments": [
            _attachment_to_payload(attachment) for attachment in message.attachments
        ],
    }


def _attachment_to_payload(attachment) -> list:
    """[filename, content, mimetype, encoding]: bytes travel as base64."""
    filename, content, mimetype = attachment
    if isinstance(content, bytes):
        return [filename, base64.b64encode(content).decode("ascii"), mimetype, "b64"]
    return [filename, content, mimetype, "text"]


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
    # Payloads queued before attachments existed have no such key.
    for filename, content, mimetype, encoding in payload.get("attachments", []):
        if encoding == "b64":
            content = base64.b64decode(content)
        message.attach(filename, content, mimetype)
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


def email_text_queue(
    *,
    to: list[str],
    subject: str,
    body: str,
    attachments: Sequence[tuple[str, str | bytes, str]] = (),
) -> None:
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
            attachments=list(attachments),
        )
    )


@dataclass(frozen=True)
class Notice:
    """A short email in the site's common layout (outbox/email/notification.txt):
    "Hello <name>,", then ``lines`` one per paragraph, then the link to
    ``path`` on the site (if any) and the signature.

    Build it inside `notify`'s ``build`` so that the lines are translated and
    the path reversed in the recipient's language.
    """

    subject: str
    lines: Sequence[str]
    path: str = ""
    # (filename, content, mimetype): an event's .ics, say.
    attachments: Sequence[tuple[str, str | bytes, str]] = ()


@dataclass(frozen=True)
class TemplatedEmail:
    """An email with templates of its own: ``<template>_subject.txt`` and
    ``<template>_message.txt``, rendered with ``context`` (plain text; start
    them with ``{% autoescape off %}``)."""

    template: str
    context: Mapping = field(default_factory=dict)


def notify(
    *,
    to: str | User | Iterable[str | User],
    build: Callable[[], Notice | TemplatedEmail],
    key: str | None = None,
    ttl: int = NOTIFICATION_TTL,
    language: str | None = None,
    name: str = "",
) -> int:
    """Email ``to`` once, in their language, from a worker on the `mail` queue;
    returns how many emails were queued.

    ``to`` is a user (their email, `preferred_language` and `public_name`;
    skipped when inactive or without an email), an email address (in
    ``language``, greeted as ``name``), or a list of them. ``build()`` runs
    once per recipient with their language active (``language``, else the
    site's default, for addresses and users without a preference) and
    returns what to say: a `Notice`, or a `TemplatedEmail`.

    With ``key``, the email goes out at most once per key within ``ttl``
    seconds (see `notification_claim`), however often the task runs: put in
    the key everything that makes the news new (the object, its state) and
    the recipient when several people get the same news separately. A list of
    recipients claims the key once for all of them. Nothing is claimed when
    nobody can receive it.

    The email is queued when the current transaction commits, so a rolled-
    back change tells nobody, and sent from the site's address with no
    Reply-To: people answer on the site, never by email to each other.

    Typically called by an app's task (ids in, `rumbo.retry.RetryingTask`)::

        notify(
            to=registration.person,
            key=f"events:registered:{registration.pk}",
            build=lambda: Notice(
                subject=_("You are registered for %(event)s") % {"event": title},
                lines=[_("See you there."), event.address],
                path=reverse("events:detail", kwargs={"pk": event.pk}),
            ),
        )
    """
    people = [to] if isinstance(to, str) or not isinstance(to, Iterable) else to
    recipients = [
        recipient
        for person in people
        if (recipient := _recipient(person, language=language, name=name))
    ]
    if not recipients:
        return 0
    if key is not None and not notification_claim(key=key, ttl=ttl):
        return 0
    for address, their_language, their_name in recipients:
        with translation.override(their_language or settings.LANGUAGE_CODE):
            content = build()
            subject, body = _render(content, name=their_name)
        email_text_queue(
            to=[address],
            subject=subject,
            body=body,
            attachments=getattr(content, "attachments", ()),
        )
    return len(recipients)


def _recipient(person: str | User, *, language: str | None, name: str) -> tuple | None:
    """(address, language, name) for `notify`, or None if they cannot get email."""
    if isinstance(person, str):
        return (person, language or "", name) if person else None
    if not person.is_active or not person.email:
        return None
    preferred = getattr(person, "preferred_language", "") or language or ""
    return (person.email, preferred, person.public_name)


def _render(content: Notice | TemplatedEmail, *, name: str) -> tuple[str, str]:
    """(subject, body) of ``content`` in the active language."""
    if isinstance(content, TemplatedEmail):
        return (
            render_to_string(f"{content.template}_subject.txt", content.context),
            render_to_string(f"{content.template}_message.txt", content.context),
        )
    body = render_to_string(
        "outbox/email/notification.txt",
        {
            "name": name,
            "lines": content.lines,
            "url": f"{settings.SITE_URL}{content.path}" if content.path else "",
        },
    )
    return content.subject, body
