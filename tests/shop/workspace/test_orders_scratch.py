import time
import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from tests.shop.orders.bulk import orders_bulk
from tests.shop.orders.conftest import seller_a_fixture, seller_b_fixture, user_a_fixture  # noqa

pytestmark = pytest.mark.django_db

def test_scratch(client, user_a, seller_a, seller_b):
    ids = orders_bulk(partner=seller_a, n=5000, other=seller_b, lines_per_order=2)
    with connection.cursor() as cur:
        cur.execute("ANALYZE")
    client.force_login(user_a)
    with translation.override("en"):
        u = reverse("shop:ws-orders")
        s = reverse("shop:ws-statement")
    client.get(u)
    for url, params in ((u, {}), (u, {"status": "paid"}), (s, {}), (s, {"format": "csv"})):
        with CaptureQueriesContext(connection) as c:
            t = time.perf_counter()
            r = client.get(url, params)
            if r.streaming:
                n = sum(len(x) for x in r.streaming_content)
            print(url, params, r.status_code, len(c), f"{(time.perf_counter()-t)*1000:.0f} ms")
        for q in c.captured_queries:
            print("   ", q["time"], q["sql"][:100])
        if url == u and not params:
            for q in c.captured_queries[3:5]:
                with connection.cursor() as cur:
                    cur.execute("EXPLAIN ANALYZE " + q["sql"])
                    print("\n".join(r[0] for r in cur.fetchall()))
