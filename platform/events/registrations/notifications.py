"""Emails of event registration, built in each recipient's language and
queued once (outbox.notify); called by the tasks in tasks.py."""

from __future__ import annotations

from django.conf import settings
from django.urls import reverse
from django.utils import formats, timezone
from django.utils.translation import gettext as _

from events.calendar import event_ics
from events.models import EventPage
from events.registrations.models import Registration
from events.registrations.selectors import event_for_key, waiting_position
from outbox.services import Notice, notify


def _when(event: EventPage) -> str:
    start = timezone.localtime(event.start, event.zone)
    return formats.date_format(start, "DATETIME_FORMAT") + f" ({event.time_zone})"


def _where(event: EventPage, *, confirmed: bool) -> list[str]:
    if event.format == "online":
        if confirmed and event.online_url:
            return [_("Online. Join here: %(url)s") % {"url": event.online_url}]
        return [_("Online.")]
    place = ", ".join(p for p in (event.venue, event.address, event.town) if p)
    return [_("Where: %(place)s") % {"place": place}] if place else []


def _ics(event: EventPage) -> tuple[str, bytes, str]:
    return ("event.ics", event_ics(event, settings.SITE_URL), "text/calendar")


def _path(event: EventPage) -> str:
    return reverse("registrations:event", kwargs={"page_id": event.pk})


def _registration(registration_id: int) -> Registration | None:
    return (
        Registration.objects.select_related("person")
        .filter(pk=registration_id, person__isnull=False)
        .first()
    )


def _event(registration: Registration) -> EventPage | None:
    language = registration.person.preferred_language or registration.language
    return event_for_key(registration.event_key, language)


def registered_notify(*, registration_id: int) -> int:
    """The confirmation (with the .ics), or the waiting-list confirmation."""
    registration = _registration(registration_id)
    if registration is None or not registration.is_active:
        return 0
    event = _event(registration)
    if event is None:
        return 0
    if registration.status == Registration.Status.CONFIRMED:

        def build() -> Notice:
            return Notice(
                subject=_("You are registered for %(event)s") % {"event": event.title},
                lines=[
                    _("Your place at %(event)s is confirmed.") % {"event": event.title},
                    _("When: %(when)s") % {"when": _when(event)},
                    *_where(event, confirmed=True),
                    _(
                        "The event is attached for your calendar. If you cannot "
                        "come, cancel your place so that someone else can have it."
                    ),
                ],
                path=_path(event),
                attachments=[_ics(event)],
            )

        key = f"registrations:confirmed:{registration.pk}"
    else:
        position = waiting_position(registration)

        def build() -> Notice:
            return Notice(
                subject=_("You are on the waiting list for %(event)s")
                % {"event": event.title},
                lines=[
                    _(
                        "%(event)s is full. You are number %(position)s on the "
                        "waiting list."
                    )
                    % {"event": event.title, "position": position},
                    _("If a place becomes free it is yours, and we will email you."),
                ],
                path=_path(event),
            )

        key = f"registrations:waiting:{registration.pk}"
    return notify(to=registration.person, key=key, build=build)


def promoted_notify(*, registration_id: int) -> int:
    registration = _registration(registration_id)
    if registration is None or registration.status != Registration.Status.CONFIRMED:
        return 0
    event = _event(registration)
    if event is None:
        return 0
    return notify(
        to=registration.person,
        key=f"registrations:promoted:{registration.pk}",
        build=lambda: Notice(
            subject=_("A place is free for you at %(event)s") % {"event": event.title},
            lines=[
                _(
                    "Someone cancelled, and you were next on the waiting list: your "
                    "place at %(event)s is confirmed."
                )
                % {"event": event.title},
                _("When: %(when)s") % {"when": _when(event)},
                *_where(event, confirmed=True),
                _(
                    "The event is attached for your calendar. If you cannot come, "
                    "cancel your place so that someone else can have it."
                ),
            ],
            path=_path(event),
            attachments=[_ics(event)],
        ),
    )


def reminder_notify(*, registration_id: int) -> int:
    registration = _registration(registration_id)
    if registration is None or registration.status != Registration.Status.CONFIRMED:
        return 0
    event = _event(registration)
    if event is None or event.cancelled:
        return 0
    return notify(
        to=registration.person,
        key=f"registrations:reminder:{registration.pk}",
        build=lambda: Notice(
            subject=_("Tomorrow: %(event)s") % {"event": event.title},
            lines=[
                _("A reminder: %(event)s starts soon.") % {"event": event.title},
                _("When: %(when)s") % {"when": _when(event)},
                *_where(event, confirmed=True),
                _(
                    "If you cannot come, cancel your place so that someone else "
                    "can have it."
                ),
            ],
            path=_path(event),
        ),
    )


def _active(event: EventPage, *, waiting_too: bool):
    statuses = Registration.ACTIVE if waiting_too else [Registration.Status.CONFIRMED]
    return (
        Registration.objects.filter(
            event_key=event.translation_key,
            status__in=statuses,
            person__isnull=False,
        )
        .select_related("person")
        .order_by("pk")
    )


def registrants_message_notify(
    *, event_id: int, subject: str, body: str, waiting_too: bool, token: str
) -> int:
    """The organiser's words, as they wrote them, to each registrant once."""
    event = EventPage.objects.filter(pk=event_id).first()
    if event is None:
        return 0
    sent = 0
    for registration in _active(event, waiting_too=waiting_too):
        translated = (
            event_for_key(event.translation_key, registration.person.preferred_language)
            or event
        )

        def build(translated=translated) -> Notice:
            title = translated.title
            return Notice(
                subject=f"{title}: {subject}",
                lines=[
                    _("A message from the organisers of %(event)s:") % {"event": title},
                    body,
                ],
                path=_path(translated),
            )

        sent += notify(
            to=registration.person,
            key=f"registrations:message:{token}:{registration.person_id}",
            build=build,
        )
    return sent


def event_cancelled_notify(*, event_id: int, reason: str = "") -> int:
    event = EventPage.objects.filter(pk=event_id).first()
    if event is None:
        return 0
    sent = 0
    for registration in _active(event, waiting_too=True):
        translated = (
            event_for_key(event.translation_key, registration.person.preferred_language)
            or event
        )

        def build(translated=translated) -> Notice:
            lines = [
                _("We are sorry: %(event)s, planned for %(when)s, is cancelled.")
                % {"event": translated.title, "when": _when(translated)},
            ]
            if reason:
                lines.append(_("The organisers say: %(reason)s") % {"reason": reason})
            return Notice(
                subject=_("Cancelled: %(event)s") % {"event": translated.title},
                lines=lines,
                path=_path(translated),
            )

        sent += notify(
            to=registration.person,
            key=f"registrations:event-cancelled:{event.translation_key}:"
            f"{registration.person_id}",
            build=build,
        )
    return sent
