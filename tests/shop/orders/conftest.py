"""Checkout through the real views, and sellers with dashboard access."""

from decimal import Decimal

import pytest
from django.urls import reverse
from oscar.core.loading import get_model

from tests.factories.shop import dashboard_seller, product

Order = get_model("order", "Order")

ADDRESS = {
    "first_name": "Lucía",
    "last_name": "Gómez",
    "line1": "Calle Real 5",
    "line4": "Huelva",
    "postcode": "21001",
    "country": "ES",
    "phone_number": "",
}
BANK = {
    "account_holder": "Rumbo Marketplace",
    "iban": "ES91 2100 0418 4502 0005 1332",
    "bic": "CAIXESBBXXX",
}


def basket_add(client, item, quantity=1):
    response = client.post(
        reverse("basket:add", kwargs={"pk": item.pk}), {"quantity": quantity}
    )
    assert response.status_code == 302, response


def checkout(
    client,
    *,
    email=None,
    method="pay-on-delivery",
    ship=True,
    callbacks=None,
    before_place=None,
):
    """Guest (with `email`) or signed-in checkout up to the placed order.

    Returns the last response (the redirect after placing, or the refusal).
    `callbacks` (pytest-django's django_capture_on_commit_callbacks) runs the
    tasks queued on commit, so emails are sent.
    """
    if email:
        response = client.post(
            reverse("checkout:index"), {"username": email, "options": "anonymous"}
        )
        assert response.status_code == 302
    if ship:
        response = client.post(reverse("checkout:shipping-address"), ADDRESS)
        assert response.status_code == 302, response.context["form"].errors
        response = client.get(reverse("checkout:shipping-method"))
        assert response.status_code == 200
        response = client.post(
            reverse("checkout:shipping-method"), {"method_code": "per-seller"}
        )
    else:
        response = client.get(reverse("checkout:shipping-method"))
    assert response.status_code == 302
    response = client.post(reverse("checkout:payment-method"), {"method": method})
    assert response.status_code == 302, response
    assert response.url == reverse("checkout:preview")
    response = client.get(reverse("checkout:preview"))
    assert response.status_code == 200
    if before_place:
        before_place()
    if callbacks is None:
        return client.post(reverse("checkout:preview"), {"action": "place_order"})
    with callbacks(execute=True):
        return client.post(reverse("checkout:preview"), {"action": "place_order"})


@pytest.fixture
def bank_details(settings):
    settings.SHOP_BANK_TRANSFER_DETAILS = BANK
    return BANK


@pytest.fixture
def seller_a(db):
    partner = dashboard_seller(name="Cerámica Ana")
    partner.shipping_flat_rate = Decimal("4.90")
    partner.free_shipping_over = Decimal("50.00")
    partner.save()
    return partner


@pytest.fixture
def seller_b(db):
    partner = dashboard_seller(name="Miel Karim")
    partner.shipping_flat_rate = Decimal("3.00")
    partner.free_shipping_over = None
    partner.save()
    return partner


@pytest.fixture
def user_a(seller_a):
    return seller_a.users.get()


@pytest.fixture
def user_b(seller_b):
    return seller_b.users.get()


@pytest.fixture
def two_seller_order(client, seller_a, seller_b, django_capture_on_commit_callbacks):
    """A guest's order: 2 mugs (A), 1 honey (B) and a class (B, a service)."""
    mug = product(seller_a, title="Taza", price="12.00", stock=5)
    honey = product(seller_b, title="Miel", price="8.00", stock=5)
    lesson = product(seller_b, title="Clase de cerámica", price="20.00", service=True)
    basket_add(client, mug, 2)
    basket_add(client, honey, 1)
    basket_add(client, lesson, 1)
    response = checkout(
        client,
        email="buyer@example.org",
        callbacks=django_capture_on_commit_callbacks,
    )
    assert response.status_code == 302
    assert response.url == reverse("checkout:thank-you")
    order = Order.objects.get()
    return order
