"""Reads shared by views, template tags, the admin and the data export."""

from django.db.models import Max, OuterRef, QuerySet, Subquery

from newsletters.models import Campaign, Delivery, Send, Subscriber

ARCHIVED = (Send.Status.SENDING, Send.Status.DONE)


def subscriber_by_token(token: str) -> Subscriber | None:
    if not token or len(token) > 64:
        return None
    return Subscriber.objects.filter(token=token).first()


def subscriber_by_id(pk: int) -> Subscriber | None:
    return Subscriber.objects.filter(pk=pk).first()


def archive_campaigns(*, language: str) -> QuerySet[Campaign]:
    """Newsletters that went out, in this language, newest first."""
    sent_at = (
        Send.objects.filter(
            campaign_key=OuterRef("translation_key"), status__in=ARCHIVED
        )
        .order_by()
        .values("campaign_key")
        .annotate(last=Max("started_at"))
        .values("last")
    )
    return (
        Campaign.objects.filter(locale__language_code=language)
        .annotate(sent_at=Subquery(sent_at))
        .filter(sent_at__isnull=False)
        .select_related("locale")
        .order_by("-sent_at", "-pk")
    )


def archive_campaign(*, pk: int) -> Campaign | None:
    campaign = Campaign.objects.filter(pk=pk).select_related("locale").first()
    if campaign is None:
        return None
    if not Send.objects.filter(
        campaign_key=campaign.translation_key, status__in=ARCHIVED
    ).exists():
        return None
    return campaign


def newsletter_data_for_user(user) -> dict:
    from newsletters.services import subscriber_for_user

    subscriber = subscriber_for_user(user)
    if subscriber is None:
        return {}
    return {
        "email": subscriber.email,
        "status": subscriber.status,
        "language": subscriber.language,
        "consent_at": subscriber.consent_at.isoformat()
        if subscriber.consent_at
        else None,
        "consent_source": subscriber.consent_source,
        "consent_text": subscriber.consent_text,
        "confirmed_at": (
            subscriber.confirmed_at.isoformat() if subscriber.confirmed_at else None
        ),
        "unsubscribed_at": (
            subscriber.unsubscribed_at.isoformat()
            if subscriber.unsubscribed_at
            else None
        ),
        "newsletters_received": [
            {"title": title, "sent_at": sent_at.isoformat()}
            for title, sent_at in Delivery.objects.filter(
                subscriber=subscriber, state=Delivery.State.SENT
            )
            .order_by("sent_at")
            .values_list("send__campaign__title", "sent_at")
        ],
    }
