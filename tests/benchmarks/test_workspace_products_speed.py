"""How fast a seller's product list opens with 2,000 products in one shop
(`make bench`).

Prints server time per request (median, p95) and queries per request for the
plain list, a later page, the filters the overview links to and a search;
asserts only that the pages worked, never a timing.
"""

import time

import pytest
from django.db import connection
from django.urls import reverse
from oscar.core.loading import get_model

from tests.benchmarks.timing import analyze, measure, print_figures
from tests.factories.shop import products_bulk, seller

StockRecord = get_model("partner", "StockRecord")
Product = get_model("catalogue", "Product")

PRODUCTS = 2_000
ROUNDS = 30


@pytest.mark.django_db
def test_benchmark_workspace_product_list(client):
    start = time.perf_counter()
    shop = seller(code="bench-workspace")
    # Another 2,000 products in other shops: the list must not wade through them.
    others = [seller(code=f"bench-other-{n}") for n in range(20)]
    items = products_bulk([shop], PRODUCTS, prefix="Pieza")
    products_bulk(others, PRODUCTS, prefix="Otra")
    StockRecord.objects.filter(product__in=items[:200]).update(
        num_in_stock=2, low_stock_threshold=3
    )
    StockRecord.objects.filter(product__in=items[200:300]).update(num_in_stock=0)
    Product.objects.filter(pk__in=[item.pk for item in items[300:350]]).update(
        review_status=Product.Review.PENDING, is_public=False
    )
    analyze()
    built = time.perf_counter() - start
    client.force_login(shop.users.get())

    url = reverse("shop:ws-products")
    pages = {
        "list": None,
        "list page 40": {"page": 40},
        "low stock": {"stock": "low"},
        "out of stock": {"stock": "out"},
        "waiting approval": {"status": "pending"},
        "services by price": {"kind": "service", "order": "price"},
        "search": {"q": "pieza 1"},
    }
    results = {
        name: measure(client, url, params, rounds=ROUNDS)
        for name, params in pages.items()
    }

    print_figures(
        f"\nWorkspace product list: {PRODUCTS} products in one shop, "
        f"{PRODUCTS} in others, on {connection.vendor} (built in {built:.0f} s); "
        f"{ROUNDS} requests each, in-process:",
        results,
    )
