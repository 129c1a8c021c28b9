"""How fast the marketplace lists 20,000 products of 500 sellers (`make bench`).

Prints server time per request (median, p95) and queries per request for the
plain list, a filtered list, a search and a storefront; asserts only that the
pages worked, never a timing.
"""

import statistics
import time

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import NoReverseMatch, reverse

from tests.factories.shop import category, products_bulk, seller

PRODUCTS = 20_000
SELLERS = 500
ROUNDS = 30
REGIONS = ["es-an", "pt-fa", "pt-li", "es-ga", "es-md", "pt-no"]


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
def test_benchmark_shop_pages(client):
    start = time.perf_counter()
    sellers = [
        seller(region=REGIONS[n % len(REGIONS)], code=f"bench-{n:03d}")
        for n in range(SELLERS)
    ]
    food = category("Alimentación")
    products_bulk(sellers, PRODUCTS, category=category("Miel", parent=food))
    if connection.vendor == "postgresql":
        # A live shop's tables have planner statistics (autovacuum analyses them
        # after bulk changes). These rows are in the test's open transaction,
        # which autovacuum never sees, so without this the planner would guess
        # from empty-table defaults and the figures would measure bad plans.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
    built = time.perf_counter() - start

    pages = {
        "catalogue": ("/es/shop/catalogue/", None),
        "catalogue page 50": ("/es/shop/catalogue/", {"page": 50}),
        "filtered": (
            "/es/shop/catalogue/",
            {
                "region": "pt-fa",
                "kind": "product",
                "price_min": "20",
                "price_max": "120",
                "sort_by": "price-asc",
            },
        ),
        "category tree": (food.get_absolute_url(), None),
        "search": ("/es/shop/search/", {"q": "artículo"}),
        "search + filter": (
            "/es/shop/search/",
            {"q": "descripción", "region": "pt-li", "sort_by": "price-desc"},
        ),
        "search, one hit": ("/es/shop/search/", {"q": "12345"}),
    }
    try:
        pages["storefront"] = (
            reverse("shop:storefront", kwargs={"slug": "bench-007"}),
            None,
        )
    except NoReverseMatch:
        pass
    results = {
        name: measure(client, url, params) for name, (url, params) in pages.items()
    }

    print(
        f"\nShop with {PRODUCTS} products, {SELLERS} sellers on {connection.vendor}"
        f" (built and indexed in {built:.0f} s); {ROUNDS} requests each, in-process:"
    )
    for name, figures in results.items():
        print(
            f"  {name:<20} median {figures['median_ms']:7.1f} ms"
            f"   p95 {figures['p95_ms']:7.1f} ms   {figures['queries']:3d} queries"
        )
