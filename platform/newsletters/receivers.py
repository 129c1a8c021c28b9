"""Bounces and complaints reported by the email provider (anymail webhooks)."""

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
