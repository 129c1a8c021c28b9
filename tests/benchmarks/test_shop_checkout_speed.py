"""How fast a 5-line, 3-seller order is placed, and a 12-line, 6-seller one
(`make bench`).

Prints figures; asserts only that the orders were placed, never a timing.
"""

import statistics
import time

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from oscar.core.loading import get_model

from tests.factories.shop import product, seller
from tests.shop.orders.conftest import ADDRESS, basket_add

Order = get_model("order", "Order")

ROUNDS = 15


def _ready_to_place(items) -> Client:
    client = Client()
    for item, quantity in items:
        basket_add(client, item, quantity)
    client.post(
        reverse("checkout:index"),
        {"username": "bench@example.org", "options": "anonymous"},
    )
    client.post(reverse("checkout:shipping-address"), ADDRESS)
    client.post(reverse("checkout:shipping-method"), {"method_code": "per-seller"})
    client.post(reverse("checkout:payment-method"), {"method": "pay-on-delivery"})
    return client


def _five_lines_three_sellers():
    sellers = [seller(name=f"Vendedor {n}") for n in range(3)]
    return [
        (product(sellers[0], price="12.00", stock=10_000), 2),
        (product(sellers[0], price="7.50", stock=10_000), 1),
        (product(sellers[1], price="30.00", stock=10_000), 1),
        (product(sellers[1], price="5.00", stock=10_000), 3),
        (product(sellers[2], price="45.00", service=True), 1),
    ]


def _twelve_lines_six_sellers():
    sellers = [seller(name=f"Vendedor {n}") for n in range(6)]
    return [
        (product(partner, price=f"{8 + n}.00", stock=10_000, service=n == 1), 1 + n)
        for partner in sellers
        for n in range(2)
    ]


@pytest.mark.parametrize(
    "basket, lines, sellers",
    [(_five_lines_three_sellers, 5, 3), (_twelve_lines_six_sellers, 12, 6)],
    ids=["5-lines", "12-lines"],
)
def test_place_an_order(db, basket, lines, sellers):
    items = basket()
    timings, queries = [], []
    for _ in range(ROUNDS):
        client = _ready_to_place(items)
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            response = client.post(
                reverse("checkout:preview"), {"action": "place_order"}
            )
            timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 302
        assert response.url == reverse("checkout:thank-you")
        queries.append(len(captured))
    assert Order.objects.count() == ROUNDS
    assert Order.objects.first().lines.count() == lines
    print(
        f"\nplace order ({lines} lines, {sellers} sellers, {connection.vendor}): "
        f"median {statistics.median(timings):.1f} ms, "
        f"max {max(timings):.1f} ms, median {statistics.median(queries)} queries"
    )
