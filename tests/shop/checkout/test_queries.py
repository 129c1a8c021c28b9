"""Each checkout step runs a fixed number of queries, however big the basket."""

import io
from decimal import Decimal

import pytest
from django.contrib.sites.models import Site
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from oscar.core.loading import get_class, get_model

from tests.factories.shop import product, seller
from tests.factories.users import UserFactory
from tests.shop.orders.conftest import ADDRESS, basket_add

pytestmark = pytest.mark.django_db

Basket = get_model("basket", "Basket")
Order = get_model("order", "Order")
ProductImage = get_model("catalogue", "ProductImage")
SourceType = get_model("payment", "SourceType")
Selector = get_class("partner.strategy", "Selector")

SMALL = (1, 2)  # sellers, lines per seller
BIG = (6, 2)
# What the big basket may cost beyond the small one, per step: nothing. Every
# per-line read is a select_related or one prefetch whatever the number of
# rows (Basket.all_lines), every per-line or per-seller write one bulk
# statement (shop.order.utils.OrderCreator, shop.order.receivers). Only past
# 47 lines does SQLite split the order lines' INSERT in two (its 999-parameter
# limit); PostgreSQL never does.
EXTRA = 0

# (name, method, url name, data)
STEPS = [
    ("basket", "get", "basket:summary", None),
    (
        "gateway",
        "post",
        "checkout:index",
        {"username": "q@example.org", "options": "anonymous"},
    ),
    ("shipping address page", "get", "checkout:shipping-address", None),
    ("shipping address submit", "post", "checkout:shipping-address", ADDRESS),
    ("shipping method page", "get", "checkout:shipping-method", None),
    (
        "shipping method submit",
        "post",
        "checkout:shipping-method",
        {"method_code": "per-seller"},
    ),
    ("payment method page", "get", "checkout:payment-method", None),
    (
        "payment method submit",
        "post",
        "checkout:payment-method",
        {"method": "pay-on-delivery"},
    ),
    ("preview", "get", "checkout:preview", None),
    ("place order", "post", "checkout:preview", {"action": "place_order"}),
    ("thank you", "get", "checkout:thank-you", None),
]


def _png() -> SimpleUploadedFile:
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(buffer, format="PNG")
    return SimpleUploadedFile("p.png", buffer.getvalue(), content_type="image/png")


def _product(partner, **kwargs):
    item = product(partner, **kwargs)
    ProductImage.objects.create(product=item, original=_png())
    return item


def _buyer(client, *, size, signed_in: bool):
    """A buyer whose basket has `per_seller` lines from each of `sellers`
    sellers (each seller's last line a service, quantities 1 and 2, half the
    sellers with a free-shipping threshold, every product with an image); a
    signed-in buyer also has as many lines saved for later."""
    sellers, per_seller = size
    if signed_in:
        user = UserFactory()
        client.force_login(user)
    for s in range(sellers):
        partner = seller(name=f"Vendedor {s}")
        partner.shipping_flat_rate = Decimal("3.90")
        partner.free_shipping_over = Decimal("40.00") if s % 2 else None
        partner.save()
        for n in range(per_seller):
            service = per_seller > 1 and n == per_seller - 1
            item = _product(partner, price=f"{10 + n}.00", service=service)
            basket_add(client, item, 1 + n % 2)
    if signed_in:
        saved = Basket.saved.create(owner=user)
        saved.strategy = Selector().strategy(user=user)
        partner = seller(name="Guardado")
        for _n in range(sellers * per_seller):
            saved.add_product(_product(partner, price="9.00"), 1)
    client.get(reverse("basket:summary"))  # thumbnails made and cached


def _step(client, name, method, url, data, *, signed_in: bool):
    if signed_in and name == "gateway":
        method, data = "get", None  # signed in: the gateway just redirects
    response = getattr(client, method)(reverse(url), data)
    expected = 302 if method == "post" or name == "gateway" else 200
    assert response.status_code == expected, (name, response.status_code)
    return response


@pytest.fixture
def client_factory():
    return Client


@pytest.fixture
def checkout_ready(db):
    # Made (or cached) by the first order ever placed: done here, so neither
    # basket's walk pays for it.
    Site.objects.get_current()
    SourceType.objects.get_or_create(
        code="pay-on-delivery", defaults={"name": "pay-on-delivery"}
    )


@pytest.mark.parametrize("signed_in", [False, True], ids=["guest", "signed-in"])
def test_every_step_costs_no_more_for_a_big_basket(
    client_factory, checkout_ready, signed_in, django_assert_max_num_queries
):
    small_client, big_client = client_factory(), client_factory()
    _buyer(small_client, size=SMALL, signed_in=signed_in)
    _buyer(big_client, size=BIG, signed_in=signed_in)
    small = {}
    for name, *step in STEPS:
        with CaptureQueriesContext(connection) as queries:
            _step(small_client, name, *step, signed_in=signed_in)
        small[name] = len(queries)
    for name, *step in STEPS:
        with django_assert_max_num_queries(small[name] + EXTRA, info=name):
            _step(big_client, name, *step, signed_in=signed_in)
    big_order = Order.objects.order_by("pk").last()
    assert big_order.lines.count() == 12
    assert big_order.seller_shipping.count() == 6


@pytest.mark.parametrize("signed_in", [False, True], ids=["guest", "signed-in"])
def test_print_checkout_query_counts(client_factory, checkout_ready, signed_in):
    """Not an assertion: the figures for the report (pytest -s)."""
    counts = {}
    for size in (SMALL, BIG):
        client = client_factory()
        _buyer(client, size=size, signed_in=signed_in)
        for name, *step in STEPS:
            with CaptureQueriesContext(connection) as queries:
                _step(client, name, *step, signed_in=signed_in)
            counts.setdefault(name, []).append(len(queries))
    who = "signed in" if signed_in else "guest"
    print(f"\nqueries per step ({who}, {connection.vendor}): 2 lines/1 seller, 12/6")
    for name, (small, big) in counts.items():
        print(f"  {name:24s} {small:4d} {big:4d}")
