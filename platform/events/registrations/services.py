"""Writes of event registration: take a seat or a place in the queue, give it
back (the next in the queue gets it), attendance, the organiser's messages and
cancelling the event, the reminders.

Every change to an event's seats locks its `EventSeats` row first, so counting
the free seats and taking one is one step: capacity is never exceeded, however
many people register at once. (PostgreSQL locks the row; SQLite serialises
whole write transactions anyway.)
"""

from __future__ import annotations

import uuid
from datetime import timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import formats, timezone, translation
from django.utils.translation import gettext as _

from events.models import EventPage
from events.registrations.models import EventSeats, Registration

# The reminder goes out when the event is less than this far away.
REMINDER_AHEAD = timedelta(days=1)


def _lock(event_key) -> None:
    # INSERT ... ON CONFLICT DO NOTHING waits for a racing insert to commit,
    # then the SELECT ... FOR UPDATE queues every transaction on the one row.
    EventSeats.objects.bulk_create(
        [EventSeats(event_key=event_key)], ignore_conflicts=True
    )
    EventSeats.objects.select_for_update().get(event_key=event_key)


def _fresh(event: EventPage) -> EventPage:
    """The event as stored now: an organiser may have changed it meanwhile."""
    return EventPage.objects.get(pk=event.pk)


def registration_refusal(event: EventPage, *, now=None) -> str | None:
    """Why nobody can register for ``event`` now, or None."""
    now = now or timezone.now()
    if event.cancelled:
        return _("This event was cancelled.")
    if not event.live:
        return _("This event is not published.")
    if event.start <= now:
        return _("This event has already started.")
    if event.registration_deadline and event.registration_deadline <= now:
        deadline = timezone.localtime(event.registration_deadline, event.zone)
        return _("Registration for this event closed on %(date)s.") % {
            "date": formats.date_format(deadline, "DATETIME_FORMAT")
        }
    return None


def _promote(event: EventPage, *, now) -> list[Registration]:
    """Give free seats to the waiting list in its order (caller holds the lock)."""
    waiting = Registration.objects.filter(
        event_key=event.translation_key, status=Registration.Status.WAITING
    ).order_by("created_at", "pk")
    if event.capacity is not None:
        confirmed = Registration.objects.filter(
            event_key=event.translation_key, status=Registration.Status.CONFIRMED
        ).count()
        free = max(event.capacity - confirmed, 0)
        if not free:
            return []
        waiting = waiting[:free]
    promoted = list(waiting)
    for registration in promoted:
        registration.status = Registration.Status.CONFIRMED
        registration.promoted_at = now
        registration.save(update_fields=["status", "promoted_at"])
    if promoted:
        from events.registrations.tasks import notify_promoted_task

        for registration in promoted:
            transaction.on_commit(
                lambda pk=registration.pk: notify_promoted_task.delay(pk)
            )
    return promoted


def registration_create(*, event: EventPage, person) -> Registration:
    """A seat for ``person`` if one is free, else a place on the waiting list.

    Refused (ValidationError, nothing changed) for a cancelled, unpublished or
    started event, after the registration deadline, and for a second
    registration of the same person to the same event in any language.
    """
    if not person.is_authenticated or not person.is_active:
        raise PermissionDenied(_("Sign in to register."))
    now = timezone.now()
    with transaction.atomic():
        _lock(event.translation_key)
        event = _fresh(event)
        refusal = registration_refusal(event, now=now)
        if refusal:
            raise ValidationError(refusal, code="closed")
        existing = Registration.objects.filter(
            event_key=event.translation_key,
            person=person,
            status__in=Registration.ACTIVE,
        ).first()
        if existing is not None:
            if existing.status == Registration.Status.WAITING:
                raise ValidationError(
                    _("You are already on the waiting list for this event."),
                    code="already_waiting",
                )
            raise ValidationError(
                _("You are already registered for this event."),
                code="already_registered",
            )
        # Seats freed by a larger capacity go to the queue before newcomers.
        _promote(event, now=now)
        confirmed = Registration.objects.filter(
            event_key=event.translation_key, status=Registration.Status.CONFIRMED
        ).count()
        has_seat = event.capacity is None or confirmed < event.capacity
        queue = Registration.objects.filter(
            event_key=event.translation_key, status=Registration.Status.WAITING
        ).exists()
        status = (
            Registration.Status.CONFIRMED
            if has_seat and not queue
            else Registration.Status.WAITING
        )
        try:
            with transaction.atomic():
                registration = Registration.objects.create(
                    event_key=event.translation_key,
                    person=person,
                    status=status,
                    created_at=now,
                    language=translation.get_language() or "",
                )
        except IntegrityError as error:  # the unique constraint, on SQLite
            raise ValidationError(
                _("You are already registered for this event."),
                code="already_registered",
            ) from error
        from events.registrations.tasks import notify_registered_task

        transaction.on_commit(lambda: notify_registered_task.delay(registration.pk))
    return registration


def registration_cancel(*, registration: Registration, person=None) -> Registration:
    """Give the seat (or the place in the queue) back; the first person
    waiting gets the seat in the same transaction and hears by email.

    ``person``, when given, must be the registrant. Cancelling what is already
    cancelled changes nothing (a double submit).
    """
    if person is not None and registration.person_id != person.pk:
        raise PermissionDenied(_("This is not your registration."))
    now = timezone.now()
    with transaction.atomic():
        _lock(registration.event_key)
        registration = Registration.objects.get(pk=registration.pk)
        if registration.status == Registration.Status.CANCELLED:
            return registration
        event = (
            EventPage.objects.filter(translation_key=registration.event_key)
            .order_by("pk")
            .first()
        )
        if event is not None and event.start <= now:
            raise ValidationError(
                _("This event has already started: the registration stays."),
                code="started",
            )
        registration.status = Registration.Status.CANCELLED
        registration.cancelled_at = now
        registration.save(update_fields=["status", "cancelled_at"])
        if event is not None and not event.cancelled:
            _promote(event, now=now)
    return registration


def registration_cancel_mine(*, event: EventPage, person) -> Registration:
    registration = Registration.objects.filter(
        event_key=event.translation_key,
        person=person,
        status__in=Registration.ACTIVE,
    ).first()
    if registration is None:
        raise ValidationError(
            _("You have no registration for this event to cancel."), code="none"
        )
    return registration_cancel(registration=registration, person=person)


def attendance_mark(*, event: EventPage, shown: set[int], attended: set[int]) -> int:
    """Record who came among the confirmed registrations ``shown`` on the
    organiser's page: those in ``attended`` came, the others did not. Ids of
    other events' registrations are ignored. Returns how many rows changed."""
    if event.start > timezone.now():
        raise ValidationError(
            _("You can mark attendance once the event has started."),
            code="not_started",
        )
    rows = Registration.objects.filter(
        event_key=event.translation_key,
        status=Registration.Status.CONFIRMED,
        pk__in=shown,
    )
    with transaction.atomic():
        came = rows.filter(pk__in=attended).exclude(attended=True).update(attended=True)
        missed = (
            rows.exclude(pk__in=attended).exclude(attended=False).update(attended=False)
        )
    return came + missed


def registrants_message(
    *, event: EventPage, subject: str, body: str, waiting_too: bool = True
) -> str:
    """Email the registrants (confirmed, and waiting when ``waiting_too``) a
    message from the organiser; returns the message's id (its emails' key)."""
    token = uuid.uuid4().hex
    from events.registrations.tasks import notify_registrants_task

    transaction.on_commit(
        lambda: notify_registrants_task.delay(
            event.pk, subject, body, waiting_too, token
        )
    )
    return token


def event_cancel(*, event: EventPage, user, reason: str = "") -> int:
    """Cancel the event in every language (a published revision, so that the
    pages, lists and calendars say so) and tell everyone registered. Returns
    how many pages were cancelled."""
    changed = 0
    with transaction.atomic():
        _lock(event.translation_key)
        for page in EventPage.objects.filter(
            translation_key=event.translation_key
        ).order_by("pk"):
            if page.cancelled:
                continue
            page.cancelled = True
            revision = page.save_revision(user=user, log_action=True)
            if page.live:
                revision.publish(user=user)
            changed += 1
        if changed:
            from events.registrations.tasks import notify_event_cancelled_task

            transaction.on_commit(
                lambda: notify_event_cancelled_task.delay(event.pk, reason)
            )
    return changed


def reminder_claim(*, registration_id: int, now=None) -> bool:
    """True for the one caller that marks the reminder as sent: a conditional
    UPDATE, so that two beats running at once remind once."""
    now = now or timezone.now()
    return bool(
        Registration.objects.filter(
            pk=registration_id,
            status=Registration.Status.CONFIRMED,
            reminder_sent_at__isnull=True,
        ).update(reminder_sent_at=now)
    )


def reminders_due(*, now=None) -> list[int]:
    """Confirmed registrations of live events starting within a day, not yet
    reminded; people who registered within that day just had their
    confirmation and are left alone."""
    now = now or timezone.now()
    events = EventPage.objects.live().filter(
        cancelled=False, start__gt=now, start__lte=now + REMINDER_AHEAD
    )
    starts = dict(events.values_list("translation_key", "start"))
    due = Registration.objects.filter(
        event_key__in=list(starts),
        status=Registration.Status.CONFIRMED,
        reminder_sent_at__isnull=True,
    ).values_list("pk", "event_key", "created_at")
    return [
        pk for pk, key, created_at in due if created_at < starts[key] - REMINDER_AHEAD
    ]


def account_delete(*, user) -> None:
    """Before the account goes: upcoming places are given back (the queue
    moves on); confirmed places at past events stay without the person, so
    the events' attendance figures stay; the rest goes."""
    now = timezone.now()
    registrations = list(Registration.objects.filter(person=user))
    keys = {r.event_key for r in registrations}
    starts = dict(
        EventPage.objects.filter(translation_key__in=keys)
        .order_by("translation_key", "pk")
        .values_list("translation_key", "start")
    )
    for registration in registrations:
        start = starts.get(registration.event_key)
        if registration.is_active and start is not None and start > now:
            registration_cancel(registration=registration)
    past = [
        r.pk
        for r in registrations
        if r.status == Registration.Status.CONFIRMED
        and starts.get(r.event_key) is not None
        and starts[r.event_key] <= now
    ]
    Registration.objects.filter(pk__in=past).update(
        person=None, language="", reminder_sent_at=None
    )
    Registration.objects.filter(person=user).delete()
