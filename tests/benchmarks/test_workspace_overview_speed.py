"""How fast a seller's workspace overview is with 2,000 products and 5,000
orders (`make bench`).

Prints server time per request (median, p95) and queries per request for the
overview (last 30 days, this year, a date range), the questions list and the
shop settings; asserts only that the pages worked, never a timing.
"""

import time

import pytest
from django.db import connection
from django.urls import reverse

from tests.benchmarks.timing import analyze, measure, print_figures
from tests.factories.shop import products_bulk, seller
from tests.shop.workspace.test_overview_queries import orders_bulk

PRODUCTS = 2_000
ORDERS = 5_000
ROUNDS = 30


@pytest.mark.django_db
def test_benchmark_workspace_overview(client):
    start = time.perf_counter()
    shop = seller(name="Tienda grande")
    other = seller(name="Otra tienda")
    products_bulk([shop], PRODUCTS)
    products_bulk([other], 20, prefix="Ajeno")
    orders_bulk(shop, ORDERS, other=other, days=365)
    analyze()
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
    results = {
        name: measure(client, url, params, rounds=ROUNDS)
        for name, (url, params) in pages.items()
    }
    print_figures(
        f"\nworkspace with {PRODUCTS:,} products and {ORDERS:,} orders of one "
        f"seller ({connection.vendor}; data built in {built:.1f} s):",
        results,
        width=22,
    )
