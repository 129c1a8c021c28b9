"""How fast a seller's orders and statement answer with 5,000 orders, and what
a 50,000-line statement CSV costs in memory (`make bench`).

Prints server time per request (median, p95), queries per request, and the
peak Python memory (tracemalloc) while the CSV streams; asserts only that the
pages worked, never a timing.
"""

import time
import tracemalloc

import pytest
from django.db import connection
from django.urls import reverse
from django.utils import translation
from oscar.core.loading import get_model

from tests.benchmarks.timing import analyze, measure, print_figures
from tests.factories.shop import seller
from tests.shop.orders.bulk import orders_bulk

Order = get_model("order", "Order")

ORDERS = 5_000
CSV_LINES = 50_000
ROUNDS = 20


def stream_csv(client, url: str) -> dict:
    """Read the CSV chunk by chunk as a browser would, timing it, then again
    under tracemalloc for the peak memory the response took."""
    start = time.perf_counter()
    response = client.get(url, {"format": "csv"})
    size = rows = 0
    for chunk in response.streaming_content:
        size += len(chunk)
        rows += chunk.count(b"\n")
    elapsed = (time.perf_counter() - start) * 1000
    tracemalloc.start()
    tracemalloc.reset_peak()
    response = client.get(url, {"format": "csv"})
    for _chunk in response.streaming_content:
        pass
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return {"ms": elapsed, "rows": rows - 1, "bytes": size, "peak": peak}


@pytest.mark.django_db
def test_benchmark_workspace_orders(client):
    start = time.perf_counter()
    shop, other = seller(name="Cerámica Ana"), seller(name="Miel Karim")
    ids = orders_bulk(partner=shop, n=ORDERS, other=other, lines_per_order=2)
    analyze()
    built = time.perf_counter() - start
    client.force_login(shop.users.get())
    order = Order.objects.get(pk=ids[1234])
    with translation.override("es"):
        orders = reverse("shop:ws-orders")
        statement = reverse("shop:ws-statement")
        detail = reverse("shop:ws-order", kwargs={"number": order.number})
        slip = reverse("shop:ws-order-packing-slip", kwargs={"number": order.number})
    pages = {
        "orders": (orders, None),
        "orders page 150": (orders, {"page": 150}),
        "orders to ship": (orders, {"status": "paid"}),
        "orders search": (orders, {"number": order.number[-5:]}),
        "orders dates": (orders, {"date_from": "2020-01-01"}),
        "order detail": (detail, None),
        "packing slip": (slip, None),
        "statement": (statement, None),
        "statement page 80": (statement, {"page": 80}),
        "statement CSV": (statement, {"format": "csv"}),
    }
    results = {
        name: measure(client, url, params, rounds=ROUNDS)
        for name, (url, params) in pages.items()
    }
    print_figures(
        f"\nWorkspace orders: one seller with {ORDERS} orders ({ORDERS * 2} own"
        f" lines, {ORDERS} of another seller) on {connection.vendor}"
        f" (built in {built:.0f} s); {ROUNDS} requests each, in-process:",
        results,
    )


@pytest.mark.django_db
def test_benchmark_statement_csv_memory(client):
    """The CSV streams: its peak memory stays flat from 5,000 to 50,000 lines."""
    small, big = seller(name="Tienda pequeña"), seller(name="Tienda grande")
    start = time.perf_counter()
    orders_bulk(partner=small, n=CSV_LINES // 10)
    orders_bulk(partner=big, n=CSV_LINES)
    analyze()
    built = time.perf_counter() - start
    with translation.override("es"):
        url = reverse("shop:ws-statement")
    figures = {}
    for partner in (small, big):
        client.force_login(partner.users.get())
        figures[partner.name] = stream_csv(client, url)
    print(
        f"\nStatement CSV, streamed, on {connection.vendor} (built in {built:.0f} s):"
    )
    for name, result in figures.items():
        print(
            f"  {name:<16} {result['rows']:6d} lines  {result['bytes'] / 1e6:5.1f} MB"
            f"  in {result['ms']:7.0f} ms   peak Python memory"
            f" {result['peak'] / 1e6:5.2f} MB"
        )
    assert figures["Tienda grande"]["rows"] == CSV_LINES
    assert figures["Tienda pequeña"]["rows"] == CSV_LINES // 10
