"""Many placed orders at once, written in bulk (query-count tests, benchmarks).

Orders are as checkout leaves them for the tables the sellers' pages read:
the order, its lines (one seller's, and optionally another seller's) and one
SellerShipping row per seller. No stock, no products: the lines keep their
titles and SKUs as a placed order does after a product is deleted.
"""

import datetime
from decimal import Decimal
from itertools import count

from django.utils import timezone
from oscar.core.loading import get_model

from shop.order import status as st

Order = get_model("order", "Order")
Line = get_model("order", "Line")
SellerShipping = get_model("order", "SellerShipping")

STATUSES = [st.AWAITING_PAYMENT, st.PAID, st.SHIPPED, st.COMPLETED, st.CANCELLED]
_batches = count(1)


def orders_bulk(
    *,
    partner,
    n: int,
    lines_per_order: int = 1,
    other=None,
    months: int = 12,
    batch_size: int = 2000,
) -> list[int]:
    """`n` orders holding `lines_per_order` lines of `partner` (and one line
    of `other` when given), placed over the last `months` months, their line
    statuses cycling through the pipeline. Returns the orders' ids."""
    batch = next(_batches)
    now = timezone.now()
    span = datetime.timedelta(days=30 * months)
    ids: list[int] = []
    for start in range(0, n, batch_size):
        size = min(batch_size, n - start)
        orders = Order._default_manager.bulk_create(
            [
                Order(
                    number=f"B{batch:02d}{start + i:07d}",
                    currency="EUR",
                    total_incl_tax=Decimal("0.00"),
                    total_excl_tax=Decimal("0.00"),
                    status=st.IN_PROGRESS,
                    guest_email=f"buyer{start + i}@example.org",
                    date_placed=now - span * (start + i) / max(n, 1),
                )
                for i in range(size)
            ]
        )
        if orders[0].pk is None:  # a database that returns no ids
            orders = list(
                Order._default_manager.filter(
                    number__startswith=f"B{batch:02d}"
                ).order_by("pk")[start : start + size]
            )
        lines, shipping = [], []
        for i, order in enumerate(orders):
            k = start + i
            for j in range(lines_per_order):
                lines.append(_line(order, partner, k, j, STATUSES[(k + j) % 5]))
            shipping.append(_shipping(order, partner, Decimal("3.50")))
            if other is not None:
                lines.append(_line(order, other, k, 99, STATUSES[k % 5]))
                shipping.append(_shipping(order, other, Decimal("9.99")))
        Line._default_manager.bulk_create(lines, batch_size=batch_size)
        SellerShipping._default_manager.bulk_create(shipping, batch_size=batch_size)
        ids += [order.pk for order in orders]
    return ids


def _line(order, partner, k: int, j: int, status: str):
    price = Decimal(10 + (k + j) % 40) + Decimal("0.50")
    return Line(
        order=order,
        partner=partner,
        partner_name=partner.name,
        partner_sku=f"SKU-{partner.pk}-{j}",
        title=f"{partner.name} artículo {j}",
        quantity=1 + j % 3,
        line_price_incl_tax=price,
        line_price_excl_tax=price,
        line_price_before_discounts_incl_tax=price,
        line_price_before_discounts_excl_tax=price,
        unit_price_incl_tax=price,
        unit_price_excl_tax=price,
        num_allocated=0,
        status=status,
    )


def _shipping(order, partner, charge: Decimal):
    return SellerShipping(
        order=order,
        partner=partner,
        partner_name=partner.name,
        subtotal=Decimal("0.00"),
        charge=charge,
    )
