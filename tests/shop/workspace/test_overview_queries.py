"""Workspace pages of one seller with 2,000 products and 5,000 orders run the
same few queries as with none (the database aggregates, Python never loops
over orders)."""

import datetime
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from oscar.core.loading import get_model

from shop.order import status as st
from tests.factories.shop import products_bulk, seller

pytestmark = pytest.mark.django_db

Order = get_model("order", "Order")
Line = get_model("order", "Line")
SellerShipping = get_model("order", "SellerShipping")
StockRecord = get_model("partner", "StockRecord")

STATUSES = [
    st.AWAITING_PAYMENT,
    st.PAID,
    st.SHIPPED,
    st.COMPLETED,
    st.COMPLETED,
    st.CANCELLED,
]
MAX_QUERIES = 15


def orders_bulk(partner, n: int, *, other=None, days: int = 120) -> list:
    """`n` orders with one or two lines of `partner` (and, every third order, a
    line of `other`), spread over the last `days` days, written in bulk."""
    now = timezone.now()
    records = list(
        StockRecord.objects.filter(partner=partner)
        .select_related("product")
        .order_by("pk")[:50]
    )
    other_records = (
        list(StockRecord.objects.filter(partner=other).order_by("pk")[:5])
        if other
        else []
    )
    start = Order.objects.count()
    orders = Order.objects.bulk_create(
        [
            Order(
                number=f"BULK-{start + i:07d}",
                currency="EUR",
                total_incl_tax=Decimal("30.00"),
                total_excl_tax=Decimal("30.00"),
                shipping_incl_tax=Decimal("4.90"),
                shipping_excl_tax=Decimal("4.90"),
                status=st.IN_PROGRESS,
                guest_email=f"buyer{i}@example.org",
                date_placed=now - datetime.timedelta(minutes=(i * days * 1440) // n),
            )
            for i in range(n)
        ],
        batch_size=1000,
    )
    lines, shipping = [], []

    def line(order, record, owner, quantity, status):
        price = (record.price if record else Decimal("10.00")) or Decimal("10.00")
        return Line(
            order=order,
            partner=owner,
            partner_name=owner.name,
            partner_sku=f"SKU-{order.pk}",
            stockrecord=record,
            product=record.product if record else None,
            title=record.product.title if record else "Artículo",
            quantity=quantity,
            line_price_incl_tax=price * quantity,
            line_price_excl_tax=price * quantity,
            line_price_before_discounts_incl_tax=price * quantity,
            line_price_before_discounts_excl_tax=price * quantity,
            unit_price_incl_tax=price,
            unit_price_excl_tax=price,
            status=status,
            num_allocated=quantity,
        )

    for i, order in enumerate(orders):
        status = STATUSES[i % len(STATUSES)]
        record = records[i % len(records)] if records else None
        lines.append(line(order, record, partner, 1 + i % 3, status))
        if i % 2:
            lines.append(line(order, record, partner, 1, status))
        shipping.append(
            SellerShipping(
                order=order,
                partner=partner,
                partner_name=partner.name,
                subtotal=Decimal("20.00"),
                charge=Decimal("4.90"),
            )
        )
        if other is not None and i % 3 == 0:
            theirs = other_records[i % len(other_records)] if other_records else None
            lines.append(line(order, theirs, other, 2, st.PAID))
            shipping.append(
                SellerShipping(
                    order=order,
                    partner=other,
                    partner_name=other.name,
                    subtotal=Decimal("20.00"),
                    charge=Decimal("3.00"),
                )
            )
    Line.objects.bulk_create(lines, batch_size=2000)
    SellerShipping.objects.bulk_create(shipping, batch_size=2000)
    return orders


def analyse():
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def count_queries(client, url, params=None) -> int:
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, params)
    assert response.status_code == 200, url
    return len(captured)


PAGES = [
    ("shop:my-shop", None),
    ("shop:my-shop", {"period": "year"}),
    ("shop:my-shop", {"date_from": "2026-01-01", "date_to": "2026-12-31"}),
    ("shop:ws-settings", None),
    ("shop:team", None),
    ("shop:trader", None),
    ("shop:ws-inquiries", None),
]


def test_workspace_pages_run_fixed_queries_with_2000_products_and_5000_orders(
    client,
):
    small = seller(name="Tienda pequeña")
    client.force_login(small.users.get())
    for name, params in PAGES:  # warm caches (site, content types, templates)
        count_queries(client, reverse(name), params)
    baseline = {
        (name, str(params)): count_queries(client, reverse(name), params)
        for name, params in PAGES
    }

    big = seller(name="Tienda grande")
    other = seller(name="Otra tienda")
    products_bulk([big], 2000)
    products_bulk([other], 5, prefix="Ajeno")
    orders_bulk(big, 5000, other=other)
    analyse()
    client.force_login(big.users.get())
    for name, params in PAGES:
        found = count_queries(client, reverse(name), params)
        assert found <= MAX_QUERIES, (name, params, found)
        assert found == baseline[(name, str(params))], (name, params)


def test_bulk_figures_count_only_the_sellers_own_lines(client):
    big = seller(name="Tienda grande")
    other = seller(name="Otra tienda")
    products_bulk([big], 20)
    products_bulk([other], 5, prefix="Ajeno")
    orders = orders_bulk(big, 600, other=other, days=60)
    client.force_login(big.users.get())
    response = client.get(reverse("shop:my-shop"), {"period": "90"})
    found = response.context["figures"]
    lines = Line.objects.filter(partner=big).exclude(status=st.CANCELLED)
    assert found.orders == lines.values("order").distinct().count()
    assert found.units == sum(lines.values_list("quantity", flat=True))
    assert found.sales == sum(lines.values_list("line_price_incl_tax", flat=True))
    live_orders = set(lines.values_list("order_id", flat=True))
    assert found.shipping == Decimal("4.90") * len(live_orders)
    assert found.orders < len(orders)  # the all-cancelled ones are left out
    chart = response.context["chart"]
    assert chart.total <= found.revenue
    assert sum(day.orders for day in chart.days) <= found.orders
