"""A buyer's orders in their data download: everything, in a fixed number of
queries however many orders and addresses they have."""

import json

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation

from tests.factories.shop import product
from tests.shop.orders.conftest import basket_add, checkout


def _export(client):
    with translation.override("es"):
        url = reverse("account_data_export")
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return json.loads(b"".join(response)), len(queries.captured_queries)


def test_the_data_download_reads_orders_in_the_same_queries_however_many(
    client, user, seller_a
):
    client.force_login(user)
    mug = product(seller_a, title="Taza de barro", price="12.00")
    basket_add(client, mug)
    checkout(client)
    one, queries_for_one = _export(client)

    for _n in range(4):
        basket_add(client, mug)
        checkout(client)
    five, queries_for_five = _export(client)

    assert queries_for_five == queries_for_one
    orders = five["shop_orders"]
    assert len(orders) == 5
    assert all("Taza de barro" in str(order["lines"]) for order in orders)
    assert orders[0]["shipping_address"].endswith("Spain")  # its country, read with it
