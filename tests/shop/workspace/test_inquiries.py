"""Buyers' questions in the workspace: the list, the waiting ones, answering."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from shop.models import Inquiry, InquiryReply
from shop.sellers import inquiries
from tests.factories.shop import product

pytestmark = pytest.mark.django_db


def ask(partner, title, *, name="Grace", email="grace@example.org", message="¿Hola?"):
    item = product(partner, title=title, service=True, inquiry_only=True)
    inquiry, _created = inquiries.inquiry_create(
        product=item, buyer_name=name, buyer_email=email, message=message
    )
    return inquiry


def test_the_list_shows_the_shops_questions_newest_first_and_which_wait(
    client, seller_a, user_a, seller_b
):
    old = ask(seller_a, "Mural de azulejos", name="Karim")
    Inquiry.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=2)
    )
    inquiries.inquiry_reply(inquiry=old, author="seller", message="Sí.")
    new = ask(seller_a, "Taller de torno", name="Grace")
    ask(seller_b, "Visita a la colmena", name="João")

    client.force_login(user_a)
    response = client.get(reverse("shop:ws-inquiries"))
    shown = list(response.context["inquiries"])
    assert shown == [new, old]
    assert [i.waiting for i in shown] == [True, False]
    assert [i.replies_count for i in shown] == [0, 1]
    html = response.content.decode()
    assert reverse("shop:ws-inquiry", args=[new.pk]) in html
    assert "Visita a la colmena" not in html and "João" not in html
    assert "grace@example.org" not in html
    assert html.count("badge--warn") == 1

    waiting = client.get(reverse("shop:ws-inquiries"), {"waiting": "on"})
    assert list(waiting.context["inquiries"]) == [new]


def test_a_buyers_reply_makes_it_wait_again(client, seller_a, user_a):
    inquiry = ask(seller_a, "Mural")
    inquiries.inquiry_reply(inquiry=inquiry, author="seller", message="Sí.")
    assert inquiries.inquiries_waiting_count(partner=seller_a) == 0
    inquiries.inquiry_reply(inquiry=inquiry, author="buyer", message="¿Y el precio?")
    assert inquiries.inquiries_waiting_count(partner=seller_a) == 1
    client.force_login(user_a)
    response = client.get(reverse("shop:my-shop"))
    assert response.context["todo"].inquiries_waiting == 1
    assert reverse("shop:ws-inquiries") + "?waiting=on" in response.content.decode()


def test_answering_from_the_workspace_emails_the_buyer(
    client, seller_a, user_a, mailoutbox, django_capture_on_commit_callbacks
):
    inquiry = ask(seller_a, "Mural", message="¿Hacéis murales de 2 m?")
    mailoutbox.clear()
    client.force_login(user_a)
    url = reverse("shop:ws-inquiry", args=[inquiry.pk])
    page = client.get(url)
    html = page.content.decode()
    assert "¿Hacéis murales de 2 m?" in html
    assert "grace@example.org" not in html
    assert page.context["waiting"]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"message": "Sí, desde 300 €."})
    assert response["Location"] == url
    reply = InquiryReply.objects.get()
    assert (reply.author, reply.sent_by) == ("seller", user_a)
    [mail] = mailoutbox
    assert mail.to == ["grace@example.org"]
    assert "Sí, desde 300 €." in mail.body
    assert user_a.email not in mail.body
    assert not client.get(url).context["waiting"]
    # The same answer sent twice (a double click) is stored once.
    client.post(url, {"message": "Sí, desde 300 €."})
    assert InquiryReply.objects.count() == 1


def test_an_empty_or_tampered_reply_changes_nothing(client, seller_a, user_a):
    inquiry = ask(seller_a, "Mural")
    client.force_login(user_a)
    url = reverse("shop:ws-inquiry", args=[inquiry.pk])
    for data in ({"message": ""}, {"message": "   "}, {"message": "x" * 3001}):
        response = client.post(url, data)
        assert response.status_code == 200
        assert response.context["form"].errors
    assert client.post(url, {"message": "a\x00b"}).status_code == 400
    assert not InquiryReply.objects.exists()


def test_another_shops_question_is_not_found(client, seller_a, seller_b):
    theirs = ask(seller_a, "Mural")
    client.force_login(seller_b.users.get())
    url = reverse("shop:ws-inquiry", args=[theirs.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"message": "Hola"}).status_code == 404
    assert not InquiryReply.objects.exists()
    assert list(client.get(reverse("shop:ws-inquiries")).context["inquiries"]) == []
    huge = reverse("shop:ws-inquiry", args=[10**20])
    assert client.get(huge).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302
    assert client.post(url, {"message": "Hola"}).status_code == 302
    assert not InquiryReply.objects.exists()


def test_the_list_runs_a_fixed_number_of_queries(
    client, seller_a, user_a, django_assert_max_num_queries
):
    item = product(seller_a, title="Mural", service=True, inquiry_only=True)
    made = Inquiry.objects.bulk_create(
        Inquiry(
            product=item,
            partner=seller_a,
            product_title=f"Mural {n}",
            buyer_name=f"Comprador {n}",
            buyer_email=f"b{n}@example.org",
            message="¿Precio?",
            seller_token=f"s-{n}",
            buyer_token=f"b-{n}",
        )
        for n in range(300)
    )
    InquiryReply.objects.bulk_create(
        InquiryReply(inquiry=inquiry, author=author, message="…")
        for inquiry in made[::3]
        for author in ("seller", "buyer")
    )
    client.force_login(user_a)
    with django_assert_max_num_queries(12):
        response = client.get(reverse("shop:ws-inquiries"), {"page": 3})
    assert response.status_code == 200
    assert len(response.context["inquiries"]) == 25
    with django_assert_max_num_queries(12):
        client.get(reverse("shop:ws-inquiries"), {"waiting": "on", "page": "x"})
