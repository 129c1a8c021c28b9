"""Reads on orders: lines grouped by seller, and sellers' sales statements."""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from oscar.core.loading import get_model

from shop.order import status as st

Line = get_model("order", "Line")
SellerShipping = get_model("order", "SellerShipping")

ZERO = Decimal("0.00")


@dataclass
class OrderSellerGroup:
    """One seller's part of a placed order."""

    partner_id: int | None
    partner_name: str
    lines: list = field(default_factory=list)
    subtotal: Decimal = ZERO
    shipping: Decimal = ZERO
    requires_shipping: bool = False

    @property
    def status(self) -> str:
        return st.seller_status(line.status for line in self.lines)

    @property
    def status_label(self) -> str:
        return st.status_label(self.status)

    @property
    def total(self) -> Decimal:
        return self.subtotal + self.shipping


def order_lines_by_seller(order, partner_ids=None) -> list[OrderSellerGroup]:
    """The order's lines grouped by seller (optionally only some sellers)."""
    lines = order.lines.select_related("product__product_class", "product__parent")
    shipping = SellerShipping._default_manager.filter(order=order)
    if partner_ids is not None:
        lines = lines.filter(partner_id__in=partner_ids)
        shipping = shipping.filter(partner_id__in=partner_ids)
    charges = {row.partner_id: row.charge for row in shipping}
    groups: dict = {}
    for line in lines.order_by("pk"):
        group = groups.get(line.partner_id)
        if group is None:
            group = groups[line.partner_id] = OrderSellerGroup(
                partner_id=line.partner_id,
                partner_name=line.partner_name,
                shipping=charges.get(line.partner_id, ZERO),
            )
        group.lines.append(line)
        group.subtotal += line.line_price_incl_tax
        if line.product_id and line.product.is_shipping_required:
            group.requires_shipping = True
    return list(groups.values())


@dataclass
class StatementRow:
    order_id: int
    number: str
    date_placed: datetime.datetime
    partner_id: int | None
    partner_name: str
    items: int = 0
    lines_total: Decimal = ZERO
    cancelled_total: Decimal = ZERO
    shipping: Decimal = ZERO
    statuses: list = field(default_factory=list)

    @property
    def status(self) -> str:
        return st.seller_status(self.statuses)

    @property
    def status_label(self) -> str:
        return st.status_label(self.status)

    @property
    def total(self) -> Decimal:
        """What the seller is owed: their lines not cancelled, plus shipping
        unless everything they sold on the order was cancelled."""
        shipping = ZERO if self.status == st.CANCELLED else self.shipping
        return self.lines_total + shipping


def seller_statement(
    *,
    partner_ids=None,
    date_from: datetime.date | None = None,
    date_to: datetime.date | None = None,
) -> list[StatementRow]:
    """One row per order and seller, newest first, in two queries.

    `partner_ids=None` means every seller (staff); dates are inclusive.
    """
    lines = Line._default_manager.all()
    if partner_ids is not None:
        lines = lines.filter(partner_id__in=partner_ids)
    if date_from:
        lines = lines.filter(order__date_placed__date__gte=date_from)
    if date_to:
        lines = lines.filter(order__date_placed__date__lte=date_to)
    values = lines.order_by("-order__date_placed", "order_id", "pk").values_list(
        "order_id",
        "order__number",
        "order__date_placed",
        "partner_id",
        "partner_name",
        "quantity",
        "line_price_incl_tax",
        "status",
    )
    rows: dict = {}
    for order_id, number, placed, partner_id, name, qty, price, status in values:
        key = (order_id, partner_id)
        row = rows.get(key)
        if row is None:
            row = rows[key] = StatementRow(order_id, number, placed, partner_id, name)
        row.statuses.append(status)
        if status == st.CANCELLED:
            row.cancelled_total += price
        else:
            row.items += qty
            row.lines_total += price
    if rows:
        order_ids = {order_id for order_id, _ in rows}
        shipping = SellerShipping._default_manager.filter(order_id__in=order_ids)
        for order_id, partner_id, charge in shipping.values_list(
            "order_id", "partner_id", "charge"
        ):
            if (order_id, partner_id) in rows:
                rows[(order_id, partner_id)].shipping = charge
    return list(rows.values())
