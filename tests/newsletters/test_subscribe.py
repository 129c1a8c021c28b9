"""Footer sign-up with double opt-in, confirmation, welcome and unsubscribing."""

import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation
from newsletters.models import Subscriber
from newsletters.rendering import unsubscribe_token

from tests.factories.newsletters import SubscriberFactory

pytestmark = pytest.mark.django_db


def subscribe(client, email, lang="es", **extra):
    with translation.override(lang):
        url = reverse("newsletters:subscribe")
    return client.post(url, {"email": email, "next": f"/{lang}/"}, **extra)


def confirm_link(message) -> str:
    return re.search(r"https?://\S+/confirm/\S+/", message.body).group(0)


def test_footer_shows_the_subscribe_form(client):
    response = client.get("/es/")
    html = response.content.decode()
    assert 'id="newsletter-signup"' in html
    assert 'action="/es/newsletter/subscribe/"' in html


def test_subscribing_records_consent_and_mails_only_a_confirmation(client):
    response = subscribe(client, "  Amina@Example.org ", lang="pt")

    assert response.status_code == 302
    assert response["Location"] == "/pt/newsletter/subscribe/sent/"
    subscriber = Subscriber.objects.get()
    assert subscriber.email == "amina@example.org"
    assert subscriber.status == Subscriber.Status.PENDING
    assert subscriber.language == "pt"
    assert subscriber.consent_source == "footer"
    assert subscriber.consent_at is not None
    assert "newsletter" in subscriber.consent_text
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["amina@example.org"]
    assert "/pt/newsletter/confirm/" in mail.outbox[0].body
    assert confirm_link(mail.outbox[0]).startswith("https://rumbo.example/pt/")


def test_bad_email_is_refused_with_a_message_and_nothing_is_stored(client):
    response = subscribe(client, "not-an-address")

    assert response.status_code == 302
    assert Subscriber.objects.count() == 0
    assert mail.outbox == []
    page = client.get(response["Location"])
    assert "Enter a valid email address" in page.content.decode() or (
        "válid" in page.content.decode()
    )


def test_bad_email_without_a_page_to_return_to_shows_the_form_again(client):
    response = client.post(reverse("newsletters:subscribe"), {"email": "x@"})
    assert response.status_code == 400
    assert Subscriber.objects.count() == 0


def test_double_submit_creates_one_subscriber_and_one_confirmation(client):
    subscribe(client, "ana@example.org")
    subscribe(client, "ANA@example.org")

    assert Subscriber.objects.count() == 1
    assert len(mail.outbox) == 1


def test_a_subscribed_address_gets_the_same_answer_and_no_mail(client):
    SubscriberFactory(email="known@example.org")
    response = subscribe(client, "known@example.org")
    assert response["Location"].endswith("/newsletter/subscribe/sent/")
    assert mail.outbox == []


def test_confirmation_link_get_asks_and_changes_nothing(client):
    subscribe(client, "ana@example.org")
    link = confirm_link(mail.outbox[0]).replace("https://rumbo.example", "")

    page = client.get(link)

    assert page.status_code == 200
    assert "<form" in page.content.decode()
    assert Subscriber.objects.get().status == Subscriber.Status.PENDING


def test_confirming_subscribes_and_welcomes_in_their_language_once(client):
    subscribe(client, "ana@example.org", lang="pt")
    link = confirm_link(mail.outbox[0]).replace("https://rumbo.example", "")

    client.post(link)
    replay = client.post(link)

    subscriber = Subscriber.objects.get()
    assert subscriber.status == Subscriber.Status.SUBSCRIBED
    assert subscriber.confirmed_at is not None
    welcomes = mail.outbox[1:]
    assert len(welcomes) == 1
    assert welcomes[0].to == ["ana@example.org"]
    assert "/pt/newsletter/unsubscribe/" in welcomes[0].body
    assert replay.status_code == 200
    assert Subscriber.objects.get().confirmed_at == subscriber.confirmed_at


def test_forged_confirmation_token_says_so(client):
    response = client.post("/es/newsletter/confirm/forged-token/")
    assert response.status_code == 404
    assert 'class="newsletter-notice newsletter-notice--error"' in (
        response.content.decode()
    )


def test_unsubscribe_get_only_asks(client):
    subscriber = SubscriberFactory()
    url = reverse("newsletters:unsubscribe", args=[unsubscribe_token(subscriber.pk)])

    page = client.get(url)

    assert page.status_code == 200
    assert "<form" in page.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.SUBSCRIBED


def test_unsubscribe_button_unsubscribes_and_a_replay_changes_nothing(client):
    subscriber = SubscriberFactory()
    url = reverse("newsletters:unsubscribe", args=[unsubscribe_token(subscriber.pk)])

    done = client.post(url)
    subscriber.refresh_from_db()
    first = subscriber.unsubscribed_at
    again = client.post(url)

    assert done.status_code == again.status_code == 200
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED
    subscriber.refresh_from_db()
    assert subscriber.unsubscribed_at == first


def test_unsubscribe_needs_csrf_but_one_click_does_not(client, rf):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    subscriber = SubscriberFactory()
    token = unsubscribe_token(subscriber.pk)

    refused = strict.post(reverse("newsletters:unsubscribe", args=[token]))
    assert refused.status_code == 403
    one_click = strict.post(
        reverse("newsletters:unsubscribe_one_click", args=[token]),
        {"List-Unsubscribe": "One-Click"},
    )

    assert one_click.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNSUBSCRIBED


def test_one_click_get_only_leads_to_the_confirmation_page(client):
    subscriber = SubscriberFactory()
    token = unsubscribe_token(subscriber.pk)
    response = client.get(reverse("newsletters:unsubscribe_one_click", args=[token]))
    assert response.status_code == 302
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.SUBSCRIBED


@pytest.mark.parametrize("tamper", ["flip", "other-id", "garbage"])
def test_tampered_unsubscribe_link_does_nothing_and_says_so(client, tamper):
    subscriber = SubscriberFactory()
    other = SubscriberFactory()
    token = unsubscribe_token(subscriber.pk)
    if tamper == "flip":
        token = token[:-1] + ("A" if token[-1] != "A" else "B")
    elif tamper == "other-id":
        token = unsubscribe_token(other.pk).split(":")[0] + ":" + token.split(":")[1]
    else:
        token = "abc"

    page = client.post(reverse("newsletters:unsubscribe", args=[token]))
    one_click = client.post(reverse("newsletters:unsubscribe_one_click", args=[token]))

    assert page.status_code == 400
    assert "newsletter-notice--error" in page.content.decode()
    assert one_click.status_code == 400
    assert set(Subscriber.objects.values_list("status", flat=True)) == {"subscribed"}


def test_unsubscribing_kills_the_old_confirmation_link(client):
    subscribe(client, "ana@example.org")
    link = confirm_link(mail.outbox[0]).replace("https://rumbo.example", "")
    subscriber = Subscriber.objects.get()
    client.post(
        reverse("newsletters:unsubscribe", args=[unsubscribe_token(subscriber.pk)])
    )

    response = client.post(link)

    assert response.status_code == 404
    assert Subscriber.objects.get().status == Subscriber.Status.UNSUBSCRIBED


def test_provider_bounce_marks_the_address_undeliverable():
    from anymail.signals import AnymailTrackingEvent, tracking

    subscriber = SubscriberFactory(email="gone@example.org")
    event = AnymailTrackingEvent(event_type="bounced", recipient="Gone@example.org")

    tracking.send(sender=object, event=event, esp_name="Test")

    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.UNDELIVERABLE
    assert "bounced" in subscriber.undeliverable_reason


def test_delivered_event_changes_nothing():
    from anymail.signals import AnymailTrackingEvent, tracking

    subscriber = SubscriberFactory(email="fine@example.org")
    tracking.send(
        sender=object,
        event=AnymailTrackingEvent(event_type="delivered", recipient=subscriber.email),
        esp_name="Test",
    )
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.SUBSCRIBED


def test_imported_people_are_asked_once_and_consent_when_they_confirm(
    client, django_capture_on_commit_callbacks
):
    import io

    from newsletters import services

    data = b"email,language,consent\nrosa@example.org,pt,\nsam@example.org,en,yes\n"
    with django_capture_on_commit_callbacks(execute=True):
        report = services.subscribers_import(
            file=io.BytesIO(data),
            consent_given=False,
            consent_note="",
            ask_to_confirm=True,
        )

    assert (report.created, report.pending, report.asked) == (2, 1, 1)
    assert [m.to for m in mail.outbox] == [["rosa@example.org"]]
    assert "A equipa do Rumbo" in mail.outbox[0].body
    rosa = Subscriber.objects.get(email="rosa@example.org")
    assert rosa.consent_at is None and rosa.confirmation_sent_at is not None

    replay = services.confirmation_requests_send(subscriber_ids=[rosa.pk])
    assert replay == 0 and len(mail.outbox) == 1

    client.post(confirm_link(mail.outbox[0]).replace("https://rumbo.example", ""))

    rosa.refresh_from_db()
    assert rosa.status == Subscriber.Status.SUBSCRIBED
    assert rosa.consent_at == rosa.confirmed_at
    assert "Sim, quero subscrever" in rosa.consent_text


def test_import_without_asking_mails_nobody(django_capture_on_commit_callbacks):
    import io

    from newsletters import services

    with django_capture_on_commit_callbacks(execute=True):
        report = services.subscribers_import(
            file=io.BytesIO(b"email\nrosa@example.org\n"),
            consent_given=False,
            consent_note="",
        )

    assert (report.pending, report.asked) == (1, 0)
    assert mail.outbox == []
