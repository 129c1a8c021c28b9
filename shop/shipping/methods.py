"""Shipping charged per seller (Oscar loads this with get_class).

The rules, how a basket splits by seller and what each seller charges, are
the marketplace's: shop.marketplace.split and shop.marketplace.totals.
"""

from django.utils.translation import gettext_lazy as _
from oscar.apps.shipping.methods import *  # noqa: F403
from oscar.apps.shipping.methods import Base
from oscar.core import prices

from shop.marketplace.split import SellerGroup, seller_groups
from shop.marketplace.totals import ZERO


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
