import pytest
from django.conf import settings
from django.urls import reverse
from oscar.core.loading import get_model

from shop.models import Inquiry, InquiryReply
from tests.factories import shop as shop_factories

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")


@pytest.fixture
def service(seller_a):
    return shop_factories.product(
        seller_a, title="Consulta contable 1 h", service=True, inquiry_only=True
    )


def ask(client, product, **extra):
    data = {
        "buyer_name": "Grace",
        "buyer_email": "grace.buyer@example.org",
        "message": "¿Tenéis hueco el martes?",
        **extra,
    }
    return client.post(reverse("shop:inquiry-create", args=[product.pk]), data)


def test_guest_inquiry_reaches_the_seller_without_the_buyers_address(
    client, service, user_a, mailoutbox, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = ask(client, service)
    assert response.status_code == 302
    inquiry = Inquiry.objects.get()
    assert inquiry.partner_id == service.stockrecords.get().partner_id
    [mail] = mailoutbox
    assert mail.to == [user_a.email]
    assert mail.from_email == settings.DEFAULT_FROM_EMAIL
    assert mail.reply_to == []
    assert "grace.buyer@example.org" not in mail.body
    assert "¿Tenéis hueco el martes?" in mail.body
    assert inquiry.seller_token in mail.body


def test_the_same_message_within_a_minute_is_stored_once(client, service, mailoutbox):
    ask(client, service)
    ask(client, service)
    assert Inquiry.objects.count() == 1


def test_seller_reply_is_emailed_to_the_buyer_without_the_sellers_address(
    client, service, user_a, mailoutbox, django_capture_on_commit_callbacks
):
    ask(client, service)
    inquiry = Inquiry.objects.get()
    mailoutbox.clear()
    page = client.get(reverse("shop:inquiry", args=[inquiry.seller_token]))
    html = page.content.decode()
    assert "grace.buyer@example.org" not in html
    assert "¿Tenéis hueco el martes?" in html
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("shop:inquiry", args=[inquiry.seller_token]),
            {"message": "Sí, a las 10."},
        )
    [mail] = mailoutbox
    assert mail.to == ["grace.buyer@example.org"]
    assert user_a.email not in mail.body
    assert inquiry.buyer_token in mail.body
    assert inquiry.seller_token not in mail.body
    assert InquiryReply.objects.get().author == InquiryReply.Author.SELLER
    buyer_page = client.get(reverse("shop:inquiry", args=[inquiry.buyer_token]))
    assert user_a.email not in buyer_page.content.decode()
    assert "Sí, a las 10." in buyer_page.content.decode()


def test_products_that_are_for_sale_take_no_inquiries(client, seller_a):
    product = shop_factories.product(seller_a)
    assert ask(client, product).status_code == 404
    assert not Inquiry.objects.exists()


def test_unknown_token_is_not_found(client):
    assert client.get(reverse("shop:inquiry", args=["nope"])).status_code == 404


def test_invalid_inquiry_shows_errors(client, service):
    response = ask(client, service, buyer_email="not-an-email")
    assert response.status_code == 400
    assert not Inquiry.objects.exists()


def test_include_renders_the_form(rf, service):
    from django.contrib.auth.models import AnonymousUser
    from django.template.loader import render_to_string

    request = rf.get("/")
    request.user = AnonymousUser()
    html = render_to_string(
        "shop/includes/inquiry_form.html", {"product": service}, request=request
    )
    assert reverse("shop:inquiry-create", args=[service.pk]) in html
