"""Checkout through the real views, and shops with orders from guests."""

from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation
from oscar.core.loading import get_model

from tests.factories.shop import product, seller

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


@pytest.fixture(autouse=True)
def _language_reset():
    """Requests to /en/ or /pt/ pages leave that language active in this
    thread; later tests reverse URLs in the default language again."""
    yield
    translation.deactivate()


# Fixtures are declared with name= so that test modules elsewhere (the
# workspace's) can import them without shadowing their own arguments.


@pytest.fixture(name="bank_details")
def bank_details_fixture(settings):
    settings.SHOP_BANK_TRANSFER_DETAILS = BANK
    return BANK


def _shop(name: str, rate: str, free_over: str | None):
    partner = seller(name=name)
    partner.shipping_flat_rate = Decimal(rate)
    partner.free_shipping_over = Decimal(free_over) if free_over else None
    partner.save()
    return partner


@pytest.fixture(name="seller_a")
def seller_a_fixture(db):
    return _shop("Cerámica Ana", "4.90", "50.00")


@pytest.fixture(name="seller_b")
def seller_b_fixture(db):
    return _shop("Miel Karim", "3.00", None)


@pytest.fixture(name="seller_c")
def seller_c_fixture(db):
    return _shop("Conservas Xoán", "2.50", None)


@pytest.fixture(name="user_a")
def user_a_fixture(seller_a):
    return seller_a.users.get()


@pytest.fixture(name="user_b")
def user_b_fixture(seller_b):
    return seller_b.users.get()


@pytest.fixture(name="user_c")
def user_c_fixture(seller_c):
    return seller_c.users.get()


@pytest.fixture(name="two_seller_order")
def two_seller_order_fixture(
    client, seller_a, seller_b, django_capture_on_commit_callbacks
):
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
    return Order.objects.get(guest_email="buyer@example.org")


@pytest.fixture(name="b_only_order")
def b_only_order_fixture(client, seller_b, two_seller_order):
    """A second guest order, with only seller B's service."""
    client.cookies.clear()
    basket_add(client, product(seller_b, title="Taller", price="15.00", service=True))
    assert checkout(client, email="other@example.org", ship=False).status_code == 302
    client.cookies.clear()
    return Order.objects.get(guest_email="other@example.org")


@pytest.fixture(name="three_seller_order")
def three_seller_order_fixture(client, seller_a, seller_b, seller_c):
    """A guest's order from three shops: 2 mugs (A, 12.00 each, ships free
    from 50 so 4.90), a honey (B, 8.00) and a class (B, 20.00, a service) with
    B's 3.00 shipping, and 3 tins (C, 4.50 each) with C's 2.50 shipping."""
    client.cookies.clear()
    basket_add(client, product(seller_a, title="Taza", price="12.00", stock=5), 2)
    basket_add(client, product(seller_b, title="Miel", price="8.00", stock=5), 1)
    basket_add(client, product(seller_b, title="Clase", price="20.00", service=True), 1)
    basket_add(client, product(seller_c, title="Conserva", price="4.50", stock=9), 3)
    assert checkout(client, email="tres@example.org").status_code == 302
    client.cookies.clear()
    return Order.objects.get(guest_email="tres@example.org")
