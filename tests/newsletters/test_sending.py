"""Sending in-process (eager Celery): exactly once, language, headers, control."""

from collections import Counter
from datetime import timedelta

import pytest
from django.utils import timezone
from newsletters import sending, services
from newsletters.models import Delivery, Send, Subscriber
from newsletters.tasks import campaigns_send_due_task, send_batch_task

from tests.factories.newsletters import SubscriberFactory, campaign, send_for
from tests.newsletters import backends

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def scripted_mail(settings):
    settings.EMAIL_BACKEND = "tests.newsletters.backends.ScriptedBackend"
    settings.NEWSLETTER_BATCH_SIZE = 3
    settings.NEWSLETTER_PARALLEL_TASKS = 2
    backends.reset()
    yield backends
    backends.reset()


def received() -> Counter:
    return Counter(m.to[0] for m in backends.SENT)


def test_a_send_reaches_every_subscriber_exactly_once_in_small_batches():
    readers = SubscriberFactory.create_batch(10)
    SubscriberFactory(status=Subscriber.Status.PENDING)
    SubscriberFactory(status=Subscriber.Status.UNSUBSCRIBED)

    send = services.send_create(campaign=campaign(), segment={})

    assert received() == Counter({r.email: 1 for r in readers})
    send.refresh_from_db()
    assert send.status == Send.Status.DONE
    assert send.total == 10
    assert len(backends.OPENED) >= 4, "one connection per batch of 3"


def test_each_recipient_gets_their_language_or_the_default_one():
    es = campaign("es", title="Boletín")
    campaign("pt", title="Boletim", source=es)
    SubscriberFactory(email="pt@example.org", language="pt")
    SubscriberFactory(email="en@example.org", language="en")

    services.send_create(campaign=es, segment={})

    subjects = {m.to[0]: m.subject for m in backends.SENT}
    assert subjects == {"pt@example.org": "Boletim", "en@example.org": "Boletín"}


def test_the_email_has_inlined_css_text_absolute_links_and_rfc8058_headers():
    reader = SubscriberFactory(email="ana@example.org")

    services.send_create(campaign=campaign(), segment={})

    message = backends.SENT[0]
    html, mimetype = message.alternatives[0]
    assert mimetype == "text/html"
    assert 'style="' in html and "max-width: 600px" in html
    assert 'href="https://rumbo.example/es/"' in html
    assert 'href="/' not in html
    assert "Titular es" in message.body and "<p>" not in message.body
    unsubscribe = message.extra_headers["List-Unsubscribe"]
    assert unsubscribe.startswith("<https://rumbo.example/es/newsletter/unsubscribe/")
    assert unsubscribe.rstrip(">").endswith("/one-click/")
    assert message.extra_headers["List-Unsubscribe-Post"] == (
        "List-Unsubscribe=One-Click"
    )
    from newsletters.rendering import unsubscribe_token

    assert unsubscribe_token(reader.pk) in html
    assert unsubscribe_token(reader.pk) in message.body


def test_running_the_batch_task_again_sends_nothing_twice():
    SubscriberFactory.create_batch(5)
    send = services.send_create(campaign=campaign(), segment={})

    Send.objects.filter(pk=send.pk).update(status=Send.Status.SENDING)
    send_batch_task.delay(send.pk)
    send_batch_task.delay(send.pk)
    sending.send_materialise(send_id=send.pk)
    send_batch_task.delay(send.pk)

    assert set(received().values()) == {1}
    assert len(backends.SENT) == 5


def test_a_second_send_of_the_same_newsletter_reaches_only_newcomers():
    first = SubscriberFactory.create_batch(3)
    news = campaign()
    services.send_create(campaign=news, segment={})
    newcomer = SubscriberFactory()

    second = send_for(news)
    sending.send_materialise(send_id=second.pk)
    send_batch_task.delay(second.pk)

    assert received() == Counter({s.email: 1 for s in [*first, newcomer]})


def test_a_second_send_is_refused_while_the_first_is_running():
    from django.core.exceptions import ValidationError

    SubscriberFactory()
    news = campaign()
    send_for(news, status=Send.Status.PAUSED)

    with pytest.raises(ValidationError):
        services.send_create(campaign=news, segment={})


def test_someone_unsubscribed_mid_campaign_is_skipped():
    stays, leaves = SubscriberFactory.create_batch(2)
    send = send_for(campaign())
    sending.send_materialise(send_id=send.pk)
    services.subscriber_unsubscribe(subscriber_id=leaves.pk)

    send_batch_task.delay(send.pk)

    assert received() == Counter({stays.email: 1})
    assert Delivery.objects.get(subscriber=leaves).state == Delivery.State.SKIPPED


def test_an_unsubscribe_or_a_pause_reaches_a_batch_already_running(settings):
    settings.NEWSLETTER_RECHECK_SECONDS = 0  # re-read before every message
    settings.NEWSLETTER_BATCH_SIZE = 4
    first, leaves, third, fourth = SubscriberFactory.create_batch(4)
    send = send_for(campaign())
    sending.send_materialise(send_id=send.pk)

    def after(message):
        if message.to == [first.email]:
            services.subscriber_unsubscribe(subscriber_id=leaves.pk)
        else:
            services.send_pause(send=send)

    backends.AFTER_SEND.append(after)

    assert sending.send_batch(send_id=send.pk) == Send.Status.PAUSED
    assert received() == Counter({first.email: 1, third.email: 1})
    states = dict(send.deliveries.values_list("subscriber_id", "state"))
    assert states == {
        first.pk: "sent",
        leaves.pk: "skipped",
        third.pk: "sent",
        fourth.pk: "queued",
    }


def test_a_batch_reads_its_rows_once_then_one_update_per_message(
    settings, django_assert_max_num_queries
):
    settings.NEWSLETTER_BATCH_SIZE = 40
    SubscriberFactory.create_batch(40)
    send = send_for(campaign())
    sending.send_materialise(send_id=send.pk)
    renders: dict = {}
    sending.send_batch(send_id=send.pk, renders=renders)  # renders once

    Delivery.objects.update(state=Delivery.State.QUEUED)
    # One UPDATE per message; status, claim and one read of the rows besides.
    with django_assert_max_num_queries(40 + 10):
        assert sending.send_batch(send_id=send.pk, renders=renders) == "more"

    assert send.deliveries.filter(state="sent").count() == 40


def test_pause_stops_between_messages_and_resume_finishes():
    SubscriberFactory.create_batch(6)
    send = send_for(campaign())
    sending.send_materialise(send_id=send.pk)
    services.send_pause(send=send)

    send_batch_task.delay(send.pk)
    assert backends.SENT == []

    services.send_resume(send=send)

    assert len(backends.SENT) == 6
    send.refresh_from_db()
    assert send.status == Send.Status.DONE


def test_cancel_skips_whoever_is_still_waiting():
    SubscriberFactory.create_batch(4)
    send = send_for(campaign())
    sending.send_materialise(send_id=send.pk)

    services.send_cancel(send=send)
    send_batch_task.delay(send.pk)

    assert backends.SENT == []
    assert set(send.deliveries.values_list("state", flat=True)) == {"skipped"}
    with pytest.raises(Exception, match="terminado"):
        services.send_cancel(send=send)


def test_permanent_refusal_is_recorded_with_the_reason_and_the_rest_go_out():
    good = SubscriberFactory(email="good@example.org")
    SubscriberFactory(email="gone@example.org")
    backends.permanent("gone@example.org")

    send = services.send_create(campaign=campaign(), segment={})

    assert received() == Counter({good.email: 1})
    failed = Delivery.objects.get(state=Delivery.State.FAILED)
    assert "550" in failed.error and "User unknown" in failed.error
    send.refresh_from_db()
    assert send.status == Send.Status.DONE


def test_transient_error_puts_the_batch_back_in_the_queue_for_a_retry():
    SubscriberFactory(email="a@example.org")
    SubscriberFactory(email="b@example.org")
    backends.transient("a@example.org")
    send = send_for(campaign())
    sending.send_materialise(send_id=send.pk)

    with pytest.raises(sending.TransientSendError, match="451"):
        sending.send_batch(send_id=send.pk)

    assert set(send.deliveries.values_list("state", flat=True)) == {"queued"}
    assert backends.SENT == []
    assert sending.send_batch(send_id=send.pk) == "more"
    assert sorted(received()) == ["a@example.org", "b@example.org"]


def test_a_stale_sending_row_is_reclaimed_after_its_lease(settings):
    settings.NEWSLETTER_LEASE_SECONDS = 60
    reader = SubscriberFactory()
    send = send_for(campaign())
    sending.send_materialise(send_id=send.pk)
    Delivery.objects.update(
        state=Delivery.State.SENDING, claimed_at=timezone.now() - timedelta(seconds=30)
    )
    assert sending.deliveries_claim(send_id=send.pk, limit=10) == []

    Delivery.objects.update(claimed_at=timezone.now() - timedelta(seconds=61))
    campaigns_send_due_task.delay()

    assert received() == Counter({reader.email: 1})


def test_scheduled_send_starts_only_when_due():
    SubscriberFactory()
    send = services.send_create(
        campaign=campaign(),
        segment={},
        scheduled_at=timezone.now() + timedelta(hours=1),
    )
    campaigns_send_due_task.delay()
    assert backends.SENT == []

    Send.objects.filter(pk=send.pk).update(
        scheduled_at=timezone.now() - timedelta(seconds=1)
    )
    campaigns_send_due_task.delay()

    assert len(backends.SENT) == 1


def test_scheduling_in_the_past_is_refused():
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        services.send_create(
            campaign=campaign(),
            segment={},
            scheduled_at=timezone.now() - timedelta(minutes=5),
        )
    assert Send.objects.count() == 0


def test_rate_limit_paces_messages(settings):
    import time

    settings.NEWSLETTER_RATE_LIMIT = 20
    SubscriberFactory.create_batch(5)
    started = time.monotonic()

    services.send_create(campaign=campaign(), segment={})

    assert len(backends.SENT) == 5
    assert time.monotonic() - started >= 4 / 20


def test_test_send_goes_to_one_address_marked_as_a_test():
    services.send_test(campaign=campaign(), email="me@example.org")

    assert [m.to for m in backends.SENT] == [["me@example.org"]]
    assert backends.SENT[0].subject.startswith("[")
    assert Delivery.objects.count() == 0
