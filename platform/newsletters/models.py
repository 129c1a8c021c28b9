"""Subscribers, campaigns (one row per language) and their sends and deliveries."""

import secrets
import uuid

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import PreviewableMixin, TranslatableMixin

from newsletters.blocks import NewsletterStreamBlock


def new_token() -> str:
    return secrets.token_urlsafe(32)


class Subscriber(models.Model):
    """An address on the list, with the consent that put it there."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for confirmation")
        SUBSCRIBED = "subscribed", _("Subscribed")
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")
        UNDELIVERABLE = "undeliverable", _("Undeliverable")

    class Source(models.TextChoices):
        FOOTER = "footer", _("Subscription form")
        ACCOUNT = "account", _("Account preferences")
        IMPORT = "import", _("Imported by staff")
        DEMO = "demo", _("Demo data")

    email = models.EmailField(_("email"), max_length=254)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="newsletter_subscriptions",
        verbose_name=_("user"),
    )
    language = models.CharField(
        _("language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    status = models.CharField(
        _("status"), max_length=14, choices=Status.choices, default=Status.PENDING
    )
    consent_at = models.DateTimeField(_("consent given"), null=True, blank=True)
    consent_source = models.CharField(
        _("consent given through"), max_length=10, choices=Source.choices, blank=True
    )
    consent_text = models.TextField(_("consent wording"), blank=True)
    token = models.CharField(max_length=64, unique=True, default=new_token)
    confirmation_sent_at = models.DateTimeField(null=True, blank=True)
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    unsubscribed_at = models.DateTimeField(_("unsubscribed"), null=True, blank=True)
    undeliverable_reason = models.CharField(max_length=300, blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                Lower("email"), name="newsletters_subscriber_email_ci_unique"
            ),
        ]
        indexes = [models.Index(fields=["status", "language"])]

    def __str__(self) -> str:
        return self.email


class Campaign(TranslatableMixin, PreviewableMixin, models.Model):
    """A newsletter in one language; its translations share a translation_key."""

    title = models.CharField(
        _("title"),
        max_length=200,
        help_text=_("Shown in the public archive and the admin."),
    )
    subject = models.CharField(_("email subject"), max_length=200)
    preheader = models.CharField(
        _("preview text"),
        max_length=200,
        blank=True,
        help_text=_("The line email apps show after the subject."),
    )
    # The class, instantiated when first used: its featured blocks come from
    # the apps' hooks, which are read once every app is loaded.
    body = StreamField(NewsletterStreamBlock, verbose_name=_("content"))
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("subject"),
        FieldPanel("preheader"),
        FieldPanel("body"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("newsletter")
        verbose_name_plural = _("newsletters")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return self.title

    def get_preview_template(self, request, mode_name):
        return "newsletters/email/preview.html"

    def serve_preview(self, request, mode_name):
        """The email exactly as a subscriber receives it (placeholder unsubscribe)."""
        from csp.decorators import csp_replace
        from django.http import HttpResponse

        from newsletters.rendering import render_preview

        # Wagtail renders the preview panel through a dummy request for "/",
        # which the site's strict CSP covers; an email's styles are inline.
        @csp_replace({"style-src": ["'self'", "'unsafe-inline'"]})
        def preview():
            return HttpResponse(render_preview(self))

        return preview()


class Send(models.Model):
    """One sending of a campaign to a segment: scheduled, running, done."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SCHEDULED = "scheduled", _("Scheduled")
        SENDING = "sending", _("Sending")
        PAUSED = "paused", _("Paused")
        CANCELLED = "cancelled", _("Cancelled")
        DONE = "done", _("Sent")

    campaign = models.ForeignKey(
        Campaign, on_delete=models.PROTECT, related_name="sends"
    )
    campaign_key = models.UUIDField(default=uuid.uuid4, editable=False)
    segment = models.JSONField(_("recipients"), default=dict)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    scheduled_at = models.DateTimeField(_("scheduled for"), null=True, blank=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    total = models.PositiveIntegerField(default=0)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("send")
        verbose_name_plural = _("sends")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["status", "scheduled_at"])]

    def __str__(self) -> str:
        return f"{self.campaign} ({self.get_status_display()})"


class Delivery(models.Model):
    """One recipient of one send; the row that makes sending exactly-once."""

    class State(models.TextChoices):
        QUEUED = "queued", _("Waiting")
        SENDING = "sending", _("Sending")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        SKIPPED = "skipped", _("Skipped")

    send = models.ForeignKey(Send, on_delete=models.CASCADE, related_name="deliveries")
    # The campaign's translation_key: one newsletter reaches an address once,
    # whichever send (or mistaken second send) targets it.
    campaign_key = models.UUIDField()
    subscriber = models.ForeignKey(
        Subscriber, on_delete=models.CASCADE, related_name="deliveries"
    )
    state = models.CharField(
        max_length=8, choices=State.choices, default=State.QUEUED, db_index=False
    )
    claimed_at = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    error = models.CharField(max_length=500, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [
            models.UniqueConstraint(
                fields=["send", "subscriber"], name="newsletters_delivery_once_per_send"
            ),
            models.UniqueConstraint(
                fields=["campaign_key", "subscriber"],
                name="newsletters_delivery_once_per_campaign",
            ),
        ]
        indexes = [models.Index(fields=["send", "state", "id"])]

    def __str__(self) -> str:
        return f"{self.send_id} → {self.subscriber_id}: {self.state}"
