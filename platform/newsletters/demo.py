"""Demo data: subscribers in three languages and two newsletters already sent."""

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from newsletters.models import Campaign, Delivery, Send, Subscriber

DEMO_SUBSCRIBERS = [
    ("lucia.lectora@rumbo.example", "es"),
    ("pedro.huelva@rumbo.example", "es"),
    ("marta.faro@rumbo.example", "pt"),
    ("rui.tavira@rumbo.example", "pt"),
    ("amina.reader@rumbo.example", "en"),
    ("tom.newcomer@rumbo.example", "en"),
]

ISSUES = [
    {
        "es": (
            "Rumbo, número 1: empezamos",
            "Bienvenida a Rumbo",
            "Cursos, tiendas y mentores en un solo sitio.",
        ),
        "pt": (
            "Rumbo, número 1: começamos",
            "Bem-vinda ao Rumbo",
            "Cursos, lojas e mentores num só lugar.",
        ),
        "en": (
            "Rumbo, issue 1: we are open",
            "Welcome to Rumbo",
            "Courses, shops and mentors in one place.",
        ),
    },
    {
        "es": (
            "Rumbo, número 2: vender en la feria",
            "Prepara tu tienda para la feria",
            "Consejos para vender en línea y en persona.",
        ),
        "pt": (
            "Rumbo, número 2: vender na feira",
            "Prepare a sua loja para a feira",
            "Dicas para vender online e ao vivo.",
        ),
        "en": (
            "Rumbo, issue 2: selling at the fair",
            "Get your shop ready for the fair",
            "Tips for selling online and in person.",
        ),
    },
]


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

    now = timezone.now()
    for email, language in DEMO_SUBSCRIBERS:
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
    for n, issue in enumerate(ISSUES):
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
            sent_at = now - timezone.timedelta(days=30 * (len(ISSUES) - n))
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
