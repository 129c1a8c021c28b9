"""Subscribers, campaigns (per language) and sends for newsletter tests."""

import factory
from django.utils import timezone
from newsletters.models import Campaign, Send, Subscriber
from wagtail.models import Locale


class SubscriberFactory(factory.django.DjangoModelFactory):
    """A confirmed subscriber reading Spanish."""

    class Meta:
        model = Subscriber

    email = factory.Sequence(lambda n: f"reader{n}@example.org")
    language = "es"
    status = Subscriber.Status.SUBSCRIBED
    consent_at = factory.LazyFunction(timezone.now)
    consent_source = Subscriber.Source.FOOTER
    consent_text = "I want the newsletter"
    confirmed_at = factory.LazyFunction(timezone.now)


def body(heading: str = "Novedades", text: str = "Hola a todos.", extra=()) -> list:
    return [
        {"type": "heading", "value": heading},
        {"type": "paragraph", "value": f'<p>{text} <a href="/es/">Rumbo</a></p>'},
        {
            "type": "button",
            "value": {"text": "Ver cursos", "url": "https://rumbo.example/es/cursos/"},
        },
        *extra,
    ]


def campaign(
    language: str = "es", title: str = "Boletín de mayo", source=None, **kwargs
) -> Campaign:
    """A campaign in one language; `source` makes it a translation of another."""
    locale = Locale.objects.get(language_code=language)
    fields = {
        "locale": locale,
        "title": title,
        "subject": kwargs.pop("subject", title),
        "preheader": "Lo nuevo en Rumbo",
        "body": kwargs.pop("body", body(heading=f"Titular {language}")),
        **kwargs,
    }
    if source is not None:
        fields["translation_key"] = source.translation_key
    return Campaign.objects.create(**fields)


def send_for(campaign_obj: Campaign, segment=None, status=Send.Status.SENDING) -> Send:
    return Send.objects.create(
        campaign=campaign_obj,
        campaign_key=campaign_obj.translation_key,
        segment=segment or {},
        status=status,
        started_at=timezone.now(),
    )
