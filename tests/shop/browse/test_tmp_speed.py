import time, pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from tests.factories.shop import category, products_bulk, seller
@pytest.mark.django_db
def test_speed(client):
    t=time.perf_counter()
    sellers=[seller(code=f"b-{n}") for n in range(50)]
    print("\nsellers", time.perf_counter()-t)
    food = category("Alimentación")
    products_bulk(sellers, 5000, category=category("Miel", parent=food))
    print("built", time.perf_counter()-t)
    for url, params in [("/es/shop/catalogue/", None), ("/es/shop/catalogue/", {"region":"algarve","sort_by":"price-asc"}), (food.get_absolute_url(), None), ("/es/shop/search/", {"q":"artículo"}), ("/es/shop/search/", {"q":"12345"})]:
        client.get(url, params)
        with CaptureQueriesContext(connection) as q:
            t=time.perf_counter(); client.get(url, params); d=time.perf_counter()-t
        print(url, params, f"{d*1000:.0f} ms")
        for x in q.captured_queries:
            if float(x["time"])>0.01: print("   ", x["time"], x["sql"][:400])
