"""The product list runs a fixed number of queries, with 2,000 products in one shop."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from oscar.core.loading import get_model

from tests.factories import shop as shop_factories
from tests.shop.workspace.helpers import image_upload, url

pytestmark = pytest.mark.django_db

ProductImage = get_model("catalogue", "ProductImage")
StockRecord = get_model("partner", "StockRecord")

PRODUCTS = 2_000
# Six for the page (session, user, shop, count, rows, photos) and four for the
# site's header (notifications, menu pages, permissions), whatever the size.
MAX_QUERIES = 10


@pytest.fixture
def big_shop(seller_a):
    items = shop_factories.products_bulk([seller_a], PRODUCTS, prefix="Pieza")
    newest = sorted(items, key=lambda item: item.pk)[-6:]
    for item in newest:  # photos on the first page: thumbnails come prefetched
        ProductImage.objects.create(product=item, original=image_upload())
    StockRecord.objects.filter(product__in=items[:300]).update(
        num_in_stock=2, low_stock_threshold=3
    )
    return seller_a


FILTERS = [
    {},
    {"page": "40"},
    {"status": "pending"},
    {"stock": "low"},
    {"stock": "out"},
    {"kind": "service", "order": "price"},
    {"q": "pieza 1", "order": "title", "page": "3"},
]


def test_product_list_query_count_is_fixed(
    client, user_a, big_shop, django_assert_max_num_queries
):
    client.force_login(user_a)
    for params in FILTERS:  # one shop of 2,000 built once for every filter
        client.get(url("ws-products"), params)  # thumbnails made and cached once
        with django_assert_max_num_queries(MAX_QUERIES):
            response = client.get(url("ws-products"), params)
        assert response.status_code == 200, params
        assert response.context["page_obj"].paginator.count <= PRODUCTS
    first = client.get(url("ws-products"))
    assert first.context["page_obj"].paginator.count == PRODUCTS
    assert first.content.decode().count('loading="lazy"') >= 6


def test_a_few_products_cost_the_same_queries_as_many(client, user_a, big_shop):
    from tests.factories.users import UserFactory

    small = shop_factories.seller(user=UserFactory(), name="Pequeña")
    shop_factories.product(small, title="Sola")
    client.force_login(user_a)
    client.get(url("ws-products"))
    with CaptureQueriesContext(connection) as many:
        client.get(url("ws-products"))
    client.force_login(small.users.get())
    client.get(url("ws-products"))
    with CaptureQueriesContext(connection) as few:
        client.get(url("ws-products"))
    assert len(many) == len(few)
