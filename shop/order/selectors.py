"""Reads on orders: lines split by seller, one seller's orders and statement.

A seller's "part" of an order is their lines on it plus the shipping they
charged (SellerShipping); how an order splits, each seller's status and what
they are owed are the marketplace's rules (shop.marketplace). Every read here that takes a `partner_id` returns
only that seller's lines and amounts, so the sellers' workspace can never show
another seller's figures; `partner_ids=None` (staff) means every seller.
"""

import datetime
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import (
    Count,
    DecimalField,
    Exists,
    F,
    FilteredRelation,
    IntegerField,
    Max,
    OuterRef,
    Q,
    QuerySet,
    Sum,
    Value,
)
from django.db.models.functions import Coalesce, TruncMonth
from django.utils import timezone
from oscar.core.loading import get_model

from shop.marketplace.split import OrderSellerGroup, order_seller_groups
from shop.marketplace.status import seller_status
from shop.marketplace.totals import LIVE, shipping_owed
from shop.order import status as st

Order = get_model("order", "Order")
Line = get_model("order", "Line")
SellerShipping = get_model("order", "SellerShipping")

ZERO = Decimal("0.00")
MONEY = DecimalField(max_digits=14, decimal_places=2)


def _money(value) -> Decimal:
    """A sum from the database as money (SQLite's sums lose their scale)."""
    return Decimal(value or 0).quantize(ZERO)


def order_lines_by_seller(order, partner_ids=None) -> list[OrderSellerGroup]:
    """The order's lines split by seller (optionally only some sellers), with
    each seller's shipping charge, carrier and tracking reference."""
    lines = order.lines.select_related("product__product_class", "product__parent")
    shipping = SellerShipping._default_manager.filter(order=order)
    if partner_ids is not None:
        lines = lines.filter(partner_id__in=partner_ids)
        shipping = shipping.filter(partner_id__in=partner_ids)
    return order_seller_groups(lines.order_by("pk"), shipping)


# One seller's lines and orders ---------------------------------------------


def seller_lines(*, partner_id: int) -> QuerySet:
    """Every order line one seller sold (any status)."""
    return Line._default_manager.filter(partner_id=partner_id)


def seller_orders(*, partner_id: int) -> QuerySet:
    """Orders holding at least one of this seller's lines (no other filter)."""
    mine = Line._default_manager.filter(order=OuterRef("pk"), partner_id=partner_id)
    return Order._default_manager.filter(Exists(mine))


def seller_order_get(*, partner_id: int, number: str):
    """One of the seller's orders by number, with what its page shows, or None."""
    if "\x00" in number:
        return None  # PostgreSQL refuses NUL in text: not an order number
    return (
        seller_orders(partner_id=partner_id)
        .select_related("shipping_address__country", "user")
        .filter(number=number)
        .first()
    )


def seller_order_part(*, order, partner_id: int) -> OrderSellerGroup | None:
    """This seller's part of `order`: their lines, shipping and tracking."""
    groups = order_lines_by_seller(order, partner_ids=[partner_id])
    return groups[0] if groups else None


# Statements: one row per order and seller, computed in the database ---------


@dataclass
class StatementRow:
    """One seller's part of one order, as the statement and order list show it."""

    order_id: int
    number: str
    date_placed: datetime.datetime
    partner_id: int | None
    partner_name: str
    currency: str = ""
    items: int = 0
    lines_total: Decimal = ZERO
    cancelled_total: Decimal = ZERO
    shipping: Decimal = ZERO
    statuses: set = field(default_factory=set)

    @classmethod
    def from_values(cls, values: dict) -> "StatementRow":
        return cls(
            order_id=values["order_id"],
            number=values["number"],
            date_placed=values["date_placed"],
            partner_id=values["partner_id"],
            partner_name=values["partner_name"],
            currency=values["currency"],
            items=values["items"],
            lines_total=_money(values["lines_total"]),
            cancelled_total=_money(values["cancelled_total"]),
            shipping=_money(values["shipping"]),
            statuses=_statuses(values),
        )

    @property
    def status(self) -> str:
        return seller_status(self.statuses)

    @property
    def status_label(self) -> str:
        return st.status_label(self.status)

    @property
    def shipping_due(self) -> Decimal:
        """Shipping counts unless everything the seller sold on it was cancelled."""
        return shipping_owed(self.shipping, self.status)

    @property
    def total(self) -> Decimal:
        """What the seller is owed: their lines not cancelled, plus shipping."""
        return self.lines_total + self.shipping_due


_STATUS_COUNTS = {
    "n_awaiting": st.AWAITING_PAYMENT,
    "n_paid": st.PAID,
    "n_shipped": st.SHIPPED,
    "n_completed": st.COMPLETED,
    "n_cancelled": st.CANCELLED,
}


def _statuses(values: dict) -> set[str]:
    """The set of line statuses of one row, from its per-status counts."""
    found = {status for key, status in _STATUS_COUNTS.items() if values[key]}
    if sum(values[key] for key in _STATUS_COUNTS) < values["n_lines"]:
        found.add(st.IN_PROGRESS)  # a status outside the pipeline (set by hand)
    return found


def _of_sellers(
    rows: QuerySet,
    *,
    partner_ids: Iterable[int] | None,
    date_from: datetime.date | None,
    date_to: datetime.date | None,
) -> QuerySet:
    """Lines or seller shipping rows of these sellers (None: every seller), on
    orders placed between the dates (inclusive)."""
    if partner_ids is not None:
        rows = rows.filter(partner_id__in=list(partner_ids))
    if date_from:
        rows = rows.filter(order__date_placed__date__gte=date_from)
    if date_to:
        rows = rows.filter(order__date_placed__date__lte=date_to)
    return rows


def _lines_in(
    *,
    partner_ids: Iterable[int] | None,
    date_from: datetime.date | None,
    date_to: datetime.date | None,
) -> QuerySet:
    return _of_sellers(
        Line._default_manager.all(),
        partner_ids=partner_ids,
        date_from=date_from,
        date_to=date_to,
    )


def _with_own_shipping(lines: QuerySet) -> QuerySet:
    """The lines with `own_shipping`: their seller's shipping row on the order."""
    return lines.annotate(
        own_shipping=FilteredRelation(
            "order__seller_shipping",
            condition=Q(order__seller_shipping__partner_id=F("partner_id")),
        )
    )


def _line_sums() -> dict:
    """Items and amounts of a group of lines: those not cancelled, and the
    amount cancelled."""
    return {
        "items": Coalesce(
            Sum("quantity", filter=LIVE), Value(0), output_field=IntegerField()
        ),
        "lines_total": Coalesce(
            Sum("line_price_incl_tax", filter=LIVE), Value(ZERO), output_field=MONEY
        ),
        "cancelled_total": Coalesce(
            Sum("line_price_incl_tax", filter=~LIVE),
            Value(ZERO),
            output_field=MONEY,
        ),
    }


def seller_statement(
    *,
    partner_ids: Iterable[int] | None = None,
    date_from: datetime.date | None = None,
    date_to: datetime.date | None = None,
) -> QuerySet:
    """One row (a dict; wrap it with StatementRow.from_values) per order and
    seller, newest first, grouped in the database: paginate or stream it.

    `partner_ids=None` means every seller (staff); dates are inclusive. The
    seller's shipping comes through a join (one row per order and seller), so
    the rows cost one pass over the lines.
    """
    return (
        _with_own_shipping(
            _lines_in(partner_ids=partner_ids, date_from=date_from, date_to=date_to)
        )
        .values("order_id", "partner_id")
        .annotate(
            number=Max("order__number"),
            date_placed=Max("order__date_placed"),
            currency=Max("order__currency"),
            partner_name=Max("partner_name"),
            **_line_sums(),
            shipping=Coalesce(
                Max("own_shipping__charge"), Value(ZERO), output_field=MONEY
            ),
            n_lines=Count("pk"),
            **{
                key: Count("pk", filter=Q(status=status))
                for key, status in _STATUS_COUNTS.items()
            },
        )
        .order_by("-date_placed", "-order_id", "partner_id")
    )


def seller_statement_count(
    *,
    partner_ids: Iterable[int] | None = None,
    date_from: datetime.date | None = None,
    date_to: datetime.date | None = None,
) -> int:
    """How many rows seller_statement has, without adding anything up."""
    return (
        _lines_in(partner_ids=partner_ids, date_from=date_from, date_to=date_to)
        .values("order_id", "partner_id")
        .order_by()
        .distinct()
        .count()
    )


@dataclass
class StatementMonth:
    month: datetime.date
    orders: int = 0
    items: int = 0
    lines_total: Decimal = ZERO
    cancelled_total: Decimal = ZERO
    shipping: Decimal = ZERO

    @property
    def total(self) -> Decimal:
        return self.lines_total + self.shipping


def seller_statement_months(
    *,
    partner_ids: Iterable[int] | None = None,
    date_from: datetime.date | None = None,
    date_to: datetime.date | None = None,
) -> list[StatementMonth]:
    """The statement's totals per month (in the site's time zone), newest
    first, in three queries whatever the number of orders. They add up to the
    statement's rows: lines not cancelled, and each seller's shipping on an
    order unless all their lines on it were cancelled."""
    partner_ids = None if partner_ids is None else list(partner_ids)
    lines = (
        _lines_in(partner_ids=partner_ids, date_from=date_from, date_to=date_to)
        .annotate(month=TruncMonth("order__date_placed"))
        .values("month")
        .annotate(orders=Count("order_id", distinct=True), **_line_sums())
        .order_by("-month")
    )
    shipping = _of_sellers(
        SellerShipping._default_manager.all(),
        partner_ids=partner_ids,
        date_from=date_from,
        date_to=date_to,
    )
    charges: dict = {}
    for row in (
        shipping.annotate(month=TruncMonth("order__date_placed"))
        .values("month")
        .annotate(total=Sum("charge"))
        .order_by()
    ):
        key = _month_key(row["month"])
        charges[key] = charges.get(key, ZERO) + _money(row["total"])
    # No shipping is owed where every line of that seller on the order was
    # cancelled: those (usually few) rows come off, found by grouping the
    # lines (a correlated EXISTS per shipping row is slow on SQLite).
    for row in (
        _with_own_shipping(
            _lines_in(partner_ids=partner_ids, date_from=date_from, date_to=date_to)
        )
        .values("order_id", "partner_id")
        .annotate(
            live=Count("pk", filter=LIVE),
            charge=Max("own_shipping__charge"),
            placed=Max("order__date_placed"),
        )
        .filter(live=0, charge__gt=0)
        .order_by()
    ):
        key = _month_key(row["placed"])
        charges[key] = charges.get(key, ZERO) - _money(row["charge"])
    months = []
    for row in lines:
        key = _month_key(row["month"])
        months.append(
            StatementMonth(
                month=key,
                orders=row["orders"],
                items=row["items"],
                lines_total=_money(row["lines_total"]),
                cancelled_total=_money(row["cancelled_total"]),
                shipping=_money(charges.get(key)),
            )
        )
    return months


def _month_key(value) -> datetime.date:
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        return value.date().replace(day=1)
    return value.replace(day=1)


def statement_months_total(months: Iterable[StatementMonth]) -> StatementMonth:
    """The months added up (the statement's totals for the period)."""
    total = StatementMonth(month=None)
    for month in months:
        total.orders += month.orders
        total.items += month.items
        total.lines_total += month.lines_total
        total.cancelled_total += month.cancelled_total
        total.shipping += month.shipping
    return total


# One seller's order list ----------------------------------------------------

# The list's filters, by what the seller has to do. An order can be in more
# than one (two items paid, one shipped); "completed" and "cancelled" are
# orders with nothing left to do.
ORDER_FILTERS = {
    "awaiting": Q(n_awaiting__gt=0),
    "paid": Q(n_paid__gt=0),
    "shipped": Q(n_shipped__gt=0),
    "completed": Q(n_completed__gt=0, n_completed=F("n_lines") - F("n_cancelled")),
    "cancelled": Q(n_cancelled=F("n_lines")),
}


def seller_order_rows(
    *,
    partner_id: int,
    status: str = "",
    number: str = "",
    date_from: datetime.date | None = None,
    date_to: datetime.date | None = None,
) -> QuerySet:
    """The seller's orders as statement rows (their items, amount and status
    only), newest first, filtered in the database: paginate it."""
    rows = seller_statement(
        partner_ids=[partner_id], date_from=date_from, date_to=date_to
    )
    if number:
        rows = rows.filter(order__number__icontains=number)
    if status in ORDER_FILTERS:
        rows = rows.filter(ORDER_FILTERS[status])
    return rows


def seller_order_counts(
    *,
    partner_id: int,
    number: str = "",
    date_from: datetime.date | None = None,
    date_to: datetime.date | None = None,
) -> dict[str, int]:
    """How many of the seller's orders each filter of the list finds (one query)."""
    rows = seller_order_rows(
        partner_id=partner_id, number=number, date_from=date_from, date_to=date_to
    )
    return rows.aggregate(
        all=Count("order_id"),
        **{key: Count("order_id", filter=q) for key, q in ORDER_FILTERS.items()},
    )
