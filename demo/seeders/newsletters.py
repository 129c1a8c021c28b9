"""Demo newsletter: subscribers in three languages and two issues already sent
(demo/data/newsletters.json)."""

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from newsletters.models import Campaign, Delivery, Send, Subscriber
from wagtail.models import Locale

from demo.content import load


def _body(heading: str, text: str) -> list:
    return [
        {"type": "heading", "value": heading},
        {"type": "paragraph", "value": f"<p>{text}</p>"},
        {
            "type": "button",
            "value": {"text": "Rumbo", "url": settings.SITE_URL + "/"},
        },
    ]


@transaction.atomic
def newsletters_seed() -> dict:
    """Idempotent: existing subscribers and issues (by title) are left alone."""
    from users.models import User

    content = load("newsletters")
    now = timezone.now()
    for email, language in content["subscribers"]:
        Subscriber.objects.get_or_create(
            email=email,
            defaults={
                "language": language,
                "status": Subscriber.Status.SUBSCRIBED,
                "consent_at": now,
                "consent_source": Subscriber.Source.DEMO,
                "consent_text": "Demo data",
                "confirmed_at": now,
            },
        )
    for user in User.objects.filter(email__endswith="@rumbo.example", is_staff=False)[
        :20
    ]:
        Subscriber.objects.get_or_create(
            email=user.email.lower(),
            defaults={
                "user": user,
                "language": user.preferred_language,
                "status": Subscriber.Status.SUBSCRIBED,
                "consent_at": now,
                "consent_source": Subscriber.Source.DEMO,
                "consent_text": "Demo data",
                "confirmed_at": now,
            },
        )
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    issues = 0
    for n, issue in enumerate(content["issues"]):
        source_lang = settings.LANGUAGE_CODE
        title, heading, text = issue[source_lang]
        source = Campaign.objects.filter(
            title=title, locale=locales.get(source_lang)
        ).first()
        if source is None:
            source = Campaign.objects.create(
                locale=locales[source_lang],
                title=title,
                subject=title,
                preheader=text,
                body=_body(heading, text),
            )
            for language, (t, h, x) in issue.items():
                if language == source_lang or language not in locales:
                    continue
                Campaign.objects.create(
                    locale=locales[language],
                    translation_key=source.translation_key,
                    title=t,
                    subject=t,
                    preheader=x,
                    body=_body(h, x),
                )
        if not Send.objects.filter(campaign_key=source.translation_key).exists():
            sent_at = now - timezone.timedelta(days=30 * (len(content["issues"]) - n))
            send = Send.objects.create(
                campaign=source,
                campaign_key=source.translation_key,
                segment={},
                status=Send.Status.DONE,
                started_at=sent_at,
                finished_at=sent_at,
            )
            recipients = Subscriber.objects.filter(
                status=Subscriber.Status.SUBSCRIBED, created_at__lte=now
            ).values_list("pk", flat=True)
            Delivery.objects.bulk_create(
                [
                    Delivery(
                        send=send,
                        campaign_key=send.campaign_key,
                        subscriber_id=pk,
                        state=Delivery.State.SENT,
                        sent_at=sent_at,
                    )
                    for pk in recipients
                ],
                ignore_conflicts=True,
            )
            send.total = send.deliveries.count()
            send.save(update_fields=["total"])
        issues += 1
    return {
        "subscribers": Subscriber.objects.filter(
            status=Subscriber.Status.SUBSCRIBED
        ).count(),
        "issues": issues,
    }


def seed() -> str:
    return "Newsletter ready: {subscribers} subscribers, {issues} sent issues.".format(
        **newsletters_seed()
    )
