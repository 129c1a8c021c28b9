"""The back office's order and product lists cost the same queries for 40 rows
as for a few (statuses and product types are labelled without queries)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from oscar.core.loading import get_model

from tests.factories.shop import products_bulk

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")
Line = get_model("order", "Line")


def orders_copy(order, n, start):
    """`n` more orders like `order` (numbers, lines), written in bulk."""
    line = order.lines.get()
    copies = []
    for i in range(start, start + n):
        copy = Order.objects.get(pk=order.pk)
        copy.pk = None
        copy.number = f"9{i:05d}"
        copies.append(copy)
    Order.objects.bulk_create(copies)
    lines = []
    for copy in Order.objects.filter(number__in=[c.number for c in copies]):
        clone = Line.objects.get(pk=line.pk)
        clone.pk = None
        clone.order = copy
        lines.append(clone)
    Line.objects.bulk_create(lines)


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_order_list_queries_do_not_grow_with_orders(
    client, staff_member, order, django_assert_max_num_queries
):
    client.force_login(staff_member)
    url = reverse("dashboard:order-list")
    orders_copy(order, 2, start=0)
    few = queries(client, url)
    orders_copy(order, 17, start=2)  # 20 rows: one full page
    with django_assert_max_num_queries(few):
        client.get(url)


def test_product_list_queries_do_not_grow_with_products(
    client, staff_member, seller, django_assert_max_num_queries
):
    client.force_login(staff_member)
    url = reverse("dashboard:catalogue-product-list")
    products_bulk([seller], 3)
    few = queries(client, url)
    products_bulk([seller], 40)
    with django_assert_max_num_queries(few):
        client.get(url)
