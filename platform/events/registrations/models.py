"""Who registered for which event, and the per-event row that serialises them."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Registration(models.Model):
    """One person's place (or place in the queue) at an event.

    ``event_key`` is the event page's ``translation_key``: the Spanish and the
    Portuguese page are one event with one set of seats. ``person`` is emptied
    when a past attendee deletes their account, so the event's figures stay.
    """

    class Status(models.TextChoices):
        CONFIRMED = "confirmed", _("Confirmed")
        WAITING = "waiting", _("On the waiting list")
        CANCELLED = "cancelled", _("Registration cancelled")

    ACTIVE = (Status.CONFIRMED, Status.WAITING)

    event_key = models.UUIDField(_("event"))
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="event_registrations",
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.CONFIRMED
    )
    created_at = models.DateTimeField(_("registered"), default=timezone.now)
    promoted_at = models.DateTimeField(_("promoted"), null=True, blank=True)
    cancelled_at = models.DateTimeField(_("cancelled"), null=True, blank=True)
    attended = models.BooleanField(_("attended"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(_("reminder sent"), null=True, blank=True)
    language = models.CharField(_("language"), max_length=10, blank=True)

    class Meta:
        verbose_name = _("event registration")
        verbose_name_plural = _("event registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["event_key", "person"],
                condition=Q(status__in=["confirmed", "waiting"]),
                name="registration_one_active_per_person",
            ),
        ]
        indexes = [
            models.Index(
                fields=["event_key", "status", "created_at"],
                name="registration_event_queue",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.event_key} · {self.person_id} · {self.status}"

    @property
    def is_active(self) -> bool:
        return self.status in self.ACTIVE


class EventSeats(models.Model):
    """The row every registration and cancellation of one event locks first
    (SELECT ... FOR UPDATE), so that counting free seats and taking one is a
    single step however many people click at once."""

    event_key = models.UUIDField(primary_key=True)

    class Meta:
        verbose_name = _("event seats")
        verbose_name_plural = _("event seats")

    def __str__(self) -> str:
        return str(self.event_key)
