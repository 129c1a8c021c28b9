"""How fast a seller's workspace overview is with 2,000 products and 5,000
orders (`make bench`).

Prints server time per request (median, p95) and queries per request for the
overview (last 30 days, this year, a date range), the questions list and the
shop settings; asserts only that the pages worked, never a timing.
"""

import statistics
import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from tests.factories.shop import products_bulk, seller
from tests.shop.workspace.test_overview_queries import analyse, orders_bulk

PRODUCTS = 2_000
ORDERS = 5_000
ROUNDS = 30


def measure(client, url: str, params=None) -> dict:
    client.get(url, params)  # warm caches and template loading
    timings, queries = [], []
    for _round in range(ROUNDS):
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            response = client.get(url, params)
            timings.append((time.perf_counter() - start) * 1000)
        queries.append(len(captured))
        assert response.status_code == 200, url
    timings.sort()
    return {
        "median_ms": statistics.median(timings),
        "p95_ms": timings[int(len(timings) * 0.95) - 1],
        "queries": max(queries),
    }


@pytest.mark.django_db
def test_benchmark_workspace_overview(client):
    start = time.perf_counter()
    shop = seller(name="Tienda grande")
    other = seller(name="Otra tienda")
    products_bulk([shop], PRODUCTS)
    products_bulk([other], 20, prefix="Ajeno")
    orders_bulk(shop, ORDERS, other=other, days=365)
    analyse()
    built = time.perf_counter() - start
    client.force_login(shop.users.get())

    pages = {
        "overview (30 days)": (reverse("shop:my-shop"), None),
        "overview (this year)": (reverse("shop:my-shop"), {"period": "year"}),
        "overview (dates)": (
            reverse("shop:my-shop"),
            {"date_from": "2020-01-01", "date_to": "2030-12-31"},
        ),
        "questions": (reverse("shop:ws-inquiries"), None),
        "shop settings": (reverse("shop:ws-settings"), None),
    }
    print(
        f"\nworkspace with {PRODUCTS:,} products and {ORDERS:,} orders of one "
        f"seller ({connection.vendor}; data built in {built:.1f} s):"
    )
    for label, (url, params) in pages.items():
        found = measure(client, url, params)
        print(
            f"  {label:<22} median {found['median_ms']:6.1f} ms, "
            f"p95 {found['p95_ms']:6.1f} ms, {found['queries']} queries"
        )
