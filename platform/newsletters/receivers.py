"""Bounces and complaints reported by the email provider (anymail webhooks)."""

from rumbo import page_cache

UNDELIVERABLE_EVENTS = {"bounced", "complained", "rejected", "unsubscribed"}


def provider_event(sender, event, esp_name, **kwargs) -> None:
    """A hard bounce, a spam complaint or a provider-side rejection: stop mailing."""
    from newsletters.services import subscriber_mark_undeliverable

    if getattr(event, "event_type", None) not in UNDELIVERABLE_EVENTS:
        return
    if not getattr(event, "recipient", None):
        return
    reason = f"{esp_name}: {event.event_type}"
    detail = getattr(event, "reject_reason", None) or getattr(event, "description", "")
    if detail:
        reason += f" ({detail})"
    subscriber_mark_undeliverable(email=event.recipient, reason=reason)


def archive_purge(sender, instance, **kwargs) -> None:
    """The public archive (rumbo.page_cache) lists sent campaigns."""
    page_cache.purge("newsletters")


def connect_archive_purge() -> None:
    from django.db.models.signals import post_delete, post_save

    from newsletters.models import Campaign, Send

    for model in (Campaign, Send):
        post_save.connect(archive_purge, sender=model, dispatch_uid=f"archive-{model}")
        post_delete.connect(
            archive_purge, sender=model, dispatch_uid=f"archive-{model}-"
        )
