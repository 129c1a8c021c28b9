"""How fast the marketplace lists 20,000 products of 500 sellers (`make bench`).

Prints server time per request (median, p95) and queries per request for the
plain list, a filtered list, a search and a storefront; asserts only that the
pages worked, never a timing.
"""

import time

import pytest
from django.db import connection
from django.urls import NoReverseMatch, reverse

from tests.benchmarks.timing import analyze, measure, print_figures
from tests.factories.shop import category, products_bulk, seller

PRODUCTS = 20_000
SELLERS = 500
ROUNDS = 30
REGIONS = ["es-an", "pt-fa", "pt-li", "es-ga", "es-md", "pt-no"]


@pytest.mark.django_db
def test_benchmark_shop_pages(client):
    start = time.perf_counter()
    sellers = [
        seller(region=REGIONS[n % len(REGIONS)], code=f"bench-{n:03d}")
        for n in range(SELLERS)
    ]
    food = category("Alimentación")
    products_bulk(sellers, PRODUCTS, category=category("Miel", parent=food))
    analyze()
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
        name: measure(client, url, params, rounds=ROUNDS)
        for name, (url, params) in pages.items()
    }

    print_figures(
        f"\nShop with {PRODUCTS} products, {SELLERS} sellers on {connection.vendor}"
        f" (built and indexed in {built:.0f} s); {ROUNDS} requests each, in-process:",
        results,
    )
