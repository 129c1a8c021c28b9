"""What each seller charges and is owed.

Each seller ships their own parcel at their own flat rate, free once the
buyer's subtotal with them reaches their threshold. A seller is owed their
lines that are not cancelled plus the shipping they charged, unless every line
of theirs on that order was cancelled (then nothing ships and no shipping is
owed). The workspace's figures, the statements and the order pages all count
this way, so a seller's totals add up to what the buyer paid them.
"""

from decimal import Decimal

from django.db.models import Q

from shop.order.status import CANCELLED

ZERO = Decimal("0.00")

# The order lines that count towards what a seller is owed, as a filter.
LIVE = ~Q(status=CANCELLED)


def line_total(line) -> Decimal:
    """A basket line's price after discounts, with VAT when it is known."""
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


def free_shipping_missing(
    threshold: Decimal | None, subtotal: Decimal, free: bool
) -> Decimal | None:
    """How much more the buyer must spend with a seller to ship for free; None
    when shipping is never free (no threshold) or already is."""
    if threshold is None or free:
        return None
    return max(threshold - subtotal, ZERO)


def shipping_owed(shipping: Decimal, status: str) -> Decimal:
    """A seller's shipping on an order counts unless all they sold on it was
    cancelled (`status` is their seller status, see status.seller_status)."""
    return ZERO if status == CANCELLED else shipping
