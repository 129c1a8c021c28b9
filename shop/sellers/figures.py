"""A seller's own figures for the workspace overview.

What needs doing now, sales in a chosen period and the last 30 days day by day:
always only the seller's own order lines and their own shipping, never another
seller's. The database aggregates; each function runs a fixed number of
queries however many orders and products the shop has.

Revenue is what the seller is owed, as in the sales statement: their lines
that are not cancelled, plus the shipping they charged on orders where
something of theirs is not cancelled (shop.marketplace.totals).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import Count, F, Q, QuerySet, Sum
from django.db.models.functions import TruncDate
from django.utils import timezone
from oscar.core.loading import get_model

from shop.marketplace.totals import LIVE
from shop.order import status as st

Line = get_model("order", "Line")
SellerShipping = get_model("order", "SellerShipping")
Product = get_model("catalogue", "Product")
Partner = get_model("partner", "Partner")

ZERO = Decimal("0.00")
CENT = Decimal("0.01")
CHART_DAYS = 30


# To do ----------------------------------------------------------------------


@dataclass(frozen=True)
class ToDo:
    """What the shop's people should look at now."""

    to_mark_paid: int = 0
    to_ship: int = 0
    inquiries_waiting: int = 0
    products_pending: int = 0
    out_of_stock: int = 0
    low_stock: int = 0
    trader_to_fix: bool = False
    trader_waiting: bool = False
    on_holiday: bool = False

    @property
    def nothing(self) -> bool:
        return not (
            self.to_mark_paid
            or self.to_ship
            or self.inquiries_waiting
            or self.products_pending
            or self.out_of_stock
            or self.low_stock
            or self.trader_to_fix
        )


def seller_todo(*, partner: Partner) -> ToDo:
    """Orders to mark paid or to ship, inquiries to answer, products waiting or
    short of stock, trader details to fix: three queries."""
    from shop.sellers.inquiries import inquiries_waiting_count

    # The same rules as the workspace's product list (?status=pending,
    # ?stock=out, ?stock=low), so the numbers here are what the links show.
    from shop.sellers.products import shop_stockrecords, stock_tracked_q

    lines = Line._default_manager.filter(
        partner=partner, status__in=[st.AWAITING_PAYMENT, st.PAID]
    ).aggregate(
        to_mark_paid=Count(
            "order", distinct=True, filter=Q(status=st.AWAITING_PAYMENT)
        ),
        to_ship=Count("order", distinct=True, filter=Q(status=st.PAID)),
    )
    stock = shop_stockrecords(partner=partner).aggregate(
        pending=Count(
            "product",
            distinct=True,
            filter=Q(product__review_status=Product.Review.PENDING),
        ),
        out=Count("pk", filter=stock_tracked_q() & Q(available__lte=0)),
        low=Count(
            "pk",
            filter=stock_tracked_q()
            & Q(
                low_stock_threshold__isnull=False,
                available__gt=0,
                available__lte=F("low_stock_threshold"),
            ),
        ),
    )
    return ToDo(
        to_mark_paid=lines["to_mark_paid"],
        to_ship=lines["to_ship"],
        inquiries_waiting=inquiries_waiting_count(partner=partner),
        products_pending=stock["pending"],
        out_of_stock=stock["out"],
        low_stock=stock["low"],
        trader_to_fix=partner.trader_status
        in (Partner.TraderStatus.MISSING, Partner.TraderStatus.REJECTED),
        trader_waiting=partner.trader_status == Partner.TraderStatus.PENDING,
        on_holiday=partner.on_holiday,
    )


# Periods --------------------------------------------------------------------

PRESETS = {"7": 7, "30": 30, "90": 90}
DEFAULT_PERIOD = "30"


@dataclass(frozen=True)
class Period:
    """Whole days from `start` to `end`, both included, in the site's time zone."""

    key: str
    start: datetime.date
    end: datetime.date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def bounds(self) -> tuple[datetime.datetime, datetime.datetime]:
        """The period as [since, until) aware datetimes (index-friendly)."""
        since = datetime.datetime.combine(self.start, datetime.time.min)
        until = datetime.datetime.combine(
            self.end + datetime.timedelta(days=1), datetime.time.min
        )
        return timezone.make_aware(since), timezone.make_aware(until)


def period_for(
    key: str | None = None,
    *,
    date_from: datetime.date | None = None,
    date_to: datetime.date | None = None,
    today: datetime.date | None = None,
) -> Period:
    """A preset ("7", "30", "90", "year") or from/to dates, which win when given.

    Only "from": up to today. Only "to": the 30 days before it. Anything
    unknown: the last 30 days.
    """
    today = today or timezone.localdate()
    if date_from or date_to:
        end = date_to or max(today, date_from)
        start = date_from or end - datetime.timedelta(days=PRESETS["30"] - 1)
        return Period("dates", min(start, end), max(start, end))
    if key == "year":
        return Period("year", today.replace(month=1, day=1), today)
    key = key if key in PRESETS else DEFAULT_PERIOD
    return Period(key, today - datetime.timedelta(days=PRESETS[key] - 1), today)


# Sales ----------------------------------------------------------------------


@dataclass(frozen=True)
class Figures:
    orders: int = 0
    units: int = 0
    sales: Decimal = ZERO
    shipping: Decimal = ZERO

    @property
    def revenue(self) -> Decimal:
        return self.sales + self.shipping

    @property
    def average(self) -> Decimal:
        if not self.orders:
            return ZERO
        return (self.revenue / self.orders).quantize(CENT)


def _live_lines(partner: Partner, since, until) -> QuerySet:
    return Line._default_manager.filter(
        partner=partner,
        order__date_placed__gte=since,
        order__date_placed__lt=until,
    ).filter(LIVE)


def _shipping(partner: Partner, since, until) -> QuerySet:
    """The seller's shipping on orders of the period where something of theirs
    is not cancelled (all cancelled: nothing ships, nothing is owed).

    ``order__in`` rather than a correlated EXISTS: SQLite ran the EXISTS once
    per row through the partner index (2.7 s at 5,000 orders); both databases
    read an IN list once."""
    live = Line._default_manager.filter(partner=partner).filter(LIVE)
    return SellerShipping._default_manager.filter(
        order__in=live.values("order_id"),
        partner=partner,
        order__date_placed__gte=since,
        order__date_placed__lt=until,
    )


def _cents(total) -> Decimal:
    """A money sum to the cent: SQLite adds decimals as floats (2450.00000000002)."""
    return (total or ZERO).quantize(CENT)


def seller_figures(*, partner: Partner, period: Period) -> Figures:
    """Orders with their lines, units and revenue in `period`: two queries."""
    since, until = period.bounds()
    lines = _live_lines(partner, since, until).aggregate(
        orders=Count("order", distinct=True),
        units=Sum("quantity"),
        sales=Sum("line_price_incl_tax"),
    )
    shipping = _shipping(partner, since, until).aggregate(total=Sum("charge"))
    return Figures(
        orders=lines["orders"] or 0,
        units=lines["units"] or 0,
        sales=_cents(lines["sales"]),
        shipping=_cents(shipping["total"]),
    )


@dataclass
class Day:
    date: datetime.date
    orders: int = 0
    units: int = 0
    revenue: Decimal = ZERO
    # Bar geometry in the chart's viewBox (see `seller_chart`).
    x: float = 0
    y: float = 0
    height: float = 0


@dataclass
class Chart:
    days: list = field(default_factory=list)
    width: int = 0
    height: int = 0
    bar_width: float = 0
    top: Decimal = ZERO

    @property
    def start(self) -> datetime.date | None:
        return self.days[0].date if self.days else None

    @property
    def end(self) -> datetime.date | None:
        return self.days[-1].date if self.days else None

    @property
    def total(self) -> Decimal:
        return sum((day.revenue for day in self.days), ZERO)

    @property
    def orders(self) -> int:
        return sum(day.orders for day in self.days)


CHART_HEIGHT = 100
CHART_SLOT = 10


def seller_chart(
    *, partner: Partner, days: int = CHART_DAYS, today: datetime.date | None = None
) -> Chart:
    """Revenue and orders per day over the last `days` days (two queries), with
    bar positions for an inline SVG whose viewBox is width x CHART_HEIGHT."""
    today = today or timezone.localdate()
    period = Period("chart", today - datetime.timedelta(days=days - 1), today)
    since, until = period.bounds()
    by_day = {
        period.start + datetime.timedelta(days=n): Day(
            date=period.start + datetime.timedelta(days=n)
        )
        for n in range(days)
    }
    rows = (
        _live_lines(partner, since, until)
        .annotate(day=TruncDate("order__date_placed"))
        .values("day")
        .annotate(
            orders=Count("order", distinct=True),
            units=Sum("quantity"),
            sales=Sum("line_price_incl_tax"),
        )
        .order_by()
    )
    for row in rows:
        day = by_day.get(_as_date(row["day"]))
        if day is not None:
            day.orders, day.units = row["orders"], row["units"] or 0
            day.revenue += _cents(row["sales"])
    charges = (
        _shipping(partner, since, until)
        .annotate(day=TruncDate("order__date_placed"))
        .values("day")
        .annotate(total=Sum("charge"))
        .order_by()
    )
    for row in charges:
        day = by_day.get(_as_date(row["day"]))
        if day is not None:
            day.revenue += _cents(row["total"])
    chart = Chart(
        days=list(by_day.values()),
        width=days * CHART_SLOT,
        height=CHART_HEIGHT,
        bar_width=CHART_SLOT * 0.7,
    )
    chart.top = max((day.revenue for day in chart.days), default=ZERO)
    for n, day in enumerate(chart.days):
        day.x = round(n * CHART_SLOT + CHART_SLOT * 0.15, 2)
        if chart.top > 0 and day.revenue > 0:
            # At least 2 units tall, so a small sale still shows.
            height = float(day.revenue / chart.top) * (CHART_HEIGHT - 4)
            day.height = round(max(2.0, height), 2)
        day.y = round(CHART_HEIGHT - day.height, 2)
    return chart


def _as_date(value) -> datetime.date | None:
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, str):
        return datetime.date.fromisoformat(value[:10])
    return value
