"""A basket and a placed order, split by seller.

Every line belongs to the seller of its stock record; each seller sends their
own parcel and charges their own shipping (totals.py). The basket page, each
checkout step, the placed order's pages and emails, and the sellers' workspace
all show these groups. Placing an order saves each group's subtotal and
shipping as a SellerShipping row (shop.order.utils.OrderCreator), which is
what a placed order is split by afterwards (shop.order.selectors).
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator

from shop.marketplace import status as st
from shop.marketplace import totals
from shop.marketplace.totals import ZERO
from shop.order.status import status_label

# The basket --------------------------------------------------------------------


@dataclass
class SellerGroup:
    """One seller's part of a basket: their lines, subtotal and shipping."""

    partner: object
    lines: list = field(default_factory=list)
    subtotal: Decimal = ZERO
    requires_shipping: bool = False
    charge: Decimal = ZERO

    @property
    def free_shipping(self) -> bool:
        return self.requires_shipping and self.charge == ZERO

    @property
    def total(self) -> Decimal:
        return self.subtotal + self.charge

    @property
    def free_shipping_over(self) -> Decimal | None:
        """The subtotal from which this seller ships for free, if ever."""
        return self.partner.free_shipping_over if self.requires_shipping else None

    @property
    def free_shipping_missing(self) -> Decimal | None:
        """How much more the buyer must spend with this seller to ship for
        free; None when nothing ships, shipping is never free, or already is."""
        return totals.free_shipping_missing(
            self.free_shipping_over, self.subtotal, self.free_shipping
        )


def seller_groups(basket) -> list[SellerGroup]:
    """The basket's lines grouped by seller, in the order buyers added them,
    each charging their own shipping."""
    # The basket's all_lines() loads each line's stock record with its seller.
    lines = [line for line in basket.all_lines() if line.stockrecord_id]
    groups: dict[int, SellerGroup] = {}
    for line in lines:
        partner_id = line.stockrecord.partner_id
        group = groups.get(partner_id)
        if group is None:
            group = groups[partner_id] = SellerGroup(partner=line.stockrecord.partner)
        group.lines.append(line)
        group.subtotal += totals.line_total(line)
        if line.product.is_shipping_required:
            group.requires_shipping = True
    for group in groups.values():
        group.charge = totals.seller_charge(
            group.partner, group.subtotal, group.requires_shipping
        )
    return list(groups.values())


def basket_seller_groups(basket, method=None) -> list[SellerGroup]:
    """The basket's seller groups as the shipping `method` charges them (the
    per-seller method's cached breakdown), or at each seller's own rates."""
    method = getattr(method, "method", method)  # unwrap Oscar's discount wrappers
    if hasattr(method, "breakdown"):
        return method.breakdown(basket)
    return seller_groups(basket)


# A placed order ----------------------------------------------------------------


def tracking_url(reference: str) -> str:
    """The tracking reference when it is a web address (sellers often paste
    the carrier's tracking link), else ""."""
    if not reference.startswith(("https://", "http://")):
        return ""
    try:
        URLValidator(schemes=["http", "https"])(reference)
    except ValidationError:
        return ""
    return reference


@dataclass
class OrderSellerGroup:
    """One seller's part of a placed order."""

    partner_id: int | None
    partner_name: str
    lines: list = field(default_factory=list)
    subtotal: Decimal = ZERO
    shipping: Decimal = ZERO
    requires_shipping: bool = False
    carrier: str = ""
    tracking_reference: str = ""
    shipped_at: datetime.datetime | None = None

    @property
    def status(self) -> str:
        return st.seller_status(line.status for line in self.lines)

    @property
    def status_label(self) -> str:
        return status_label(self.status)

    @property
    def total(self) -> Decimal:
        return self.subtotal + self.shipping

    @property
    def tracking_url(self) -> str:
        return tracking_url(self.tracking_reference)

    @property
    def movable_lines(self) -> list:
        """Lines that can still change status."""
        return st.lines_movable(self.lines)

    @property
    def next_statuses(self) -> list[str]:
        """Statuses some of the lines can move to, in pipeline order."""
        if not self.lines:
            return []
        return st.statuses_next(self.lines, type(self.lines[0]).all_statuses())


def order_seller_groups(lines, seller_shipping) -> list[OrderSellerGroup]:
    """Order lines (in the order to show them) grouped by seller, with each
    seller's SellerShipping row (their charge, carrier and tracking)."""
    rows = {row.partner_id: row for row in seller_shipping}
    groups: dict = {}
    for line in lines:
        group = groups.get(line.partner_id)
        if group is None:
            row = rows.get(line.partner_id)
            group = groups[line.partner_id] = OrderSellerGroup(
                partner_id=line.partner_id,
                partner_name=line.partner_name,
                shipping=row.charge if row else ZERO,
                carrier=row.carrier if row else "",
                tracking_reference=row.tracking_reference if row else "",
                shipped_at=row.shipped_at if row else None,
            )
        group.lines.append(line)
        group.subtotal += line.line_price_incl_tax
        if line.product_id and line.product.is_shipping_required:
            group.requires_shipping = True
    return list(groups.values())
