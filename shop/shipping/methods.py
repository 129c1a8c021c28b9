"""Shipping charged per seller: each ships their own parcel at their flat rate."""

from dataclasses import dataclass, field
from decimal import Decimal

from django.utils.translation import gettext_lazy as _
from oscar.apps.shipping.methods import *  # noqa: F403
from oscar.apps.shipping.methods import Base
from oscar.core import prices

ZERO = Decimal("0.00")


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
        threshold = self.free_shipping_over
        if threshold is None or self.free_shipping:
            return None
        return max(threshold - self.subtotal, ZERO)


def _line_total(line) -> Decimal:
    price = line.line_price_incl_tax_incl_discounts
    if price is None:
        price = line.line_price_excl_tax_incl_discounts
    return price or ZERO


def seller_charge(partner, subtotal: Decimal, requires_shipping: bool) -> Decimal:
    """A seller's flat rate, unless nothing ships or the subtotal earns it free."""
    if not requires_shipping:
        return ZERO
    threshold = partner.free_shipping_over
    if threshold is not None and subtotal >= threshold:
        return ZERO
    return partner.shipping_flat_rate or ZERO


def seller_groups(basket) -> list[SellerGroup]:
    """The basket's lines grouped by seller, in the order buyers added them."""
    # The basket's all_lines() loads each line's stock record with its seller.
    lines = [line for line in basket.all_lines() if line.stockrecord_id]
    groups: dict[int, SellerGroup] = {}
    for line in lines:
        partner_id = line.stockrecord.partner_id
        group = groups.get(partner_id)
        if group is None:
            group = groups[partner_id] = SellerGroup(partner=line.stockrecord.partner)
        group.lines.append(line)
        group.subtotal += _line_total(line)
        if line.product.is_shipping_required:
            group.requires_shipping = True
    for group in groups.values():
        group.charge = seller_charge(
            group.partner, group.subtotal, group.requires_shipping
        )
    return list(groups.values())


def basket_seller_groups(basket, method=None) -> list[SellerGroup]:
    """The basket's seller groups as `method` charges them (the per-seller
    method's cached breakdown), or at each seller's own rates."""
    method = getattr(method, "method", method)  # unwrap Oscar's discount wrappers
    if hasattr(method, "breakdown"):
        return method.breakdown(basket)
    return seller_groups(basket)


class PerSellerShipping(Base):
    """Each seller with lines that ship charges their flat rate, or nothing
    once the buyer's subtotal with them reaches their free-shipping threshold."""

    code = "per-seller"
    name = _("Shipping by each seller")
    description = _(
        "Each seller sends their own parcel and charges their own shipping."
    )

    def breakdown(self, basket) -> list[SellerGroup]:
        # Cached on the basket: the checkout asks for the charge several times
        # per request.
        lines = basket.all_lines()
        cached = getattr(basket, "_seller_groups", None)
        if cached is None or cached[0] is not lines:
            cached = basket._seller_groups = (lines, seller_groups(basket))
        return cached[1]

    def calculate(self, basket):
        total = sum((group.charge for group in self.breakdown(basket)), ZERO)
        return prices.Price(
            currency=basket.currency, excl_tax=total, incl_tax=total, tax_code=None
        )
