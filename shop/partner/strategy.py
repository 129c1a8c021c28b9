"""Who may buy what: Oscar's strategy, loaded with get_class("partner.strategy").

Prices are what the seller typed: euros including VAT (no tax added on top).
A product can be bought only when it is public, approved by staff, sold by a
shop whose trader details (DSA art. 30) staff approved and that is not on
holiday, is not "ask the seller" and, for physical products, has stock.
"""

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from oscar.apps.partner import availability
from oscar.apps.partner import strategy as oscar_strategy
from oscar.core.loading import get_model


class NotForSale(availability.Unavailable):
    """Unavailable, with the reason shown to buyers and in basket errors."""

    code = "unavailable"

    def __init__(self, reason):
        self.reason = reason

    @property
    def message(self):
        return self.reason

    def is_purchase_permitted(self, quantity):
        return False, self.reason


class AskTheSeller(availability.Base):
    """Cannot be bought: buyers send the seller an inquiry instead."""

    code = "inquiry"
    message = _("Ask the seller")
    is_inquiry = True

    def is_purchase_permitted(self, quantity):
        return False, _("This is offered on request: ask the seller.")


def holiday_reason(message: str = ""):
    """What buyers read about a shop on holiday: the seller's own words if any."""
    message = (message or "").strip()
    if message:
        return format_lazy(
            "{} {}", _("This shop is on holiday and not selling for now:"), message
        )
    return _("This shop is on holiday and not selling for now.")


class SellerRules:
    """Availability mixin enforcing the marketplace's rules before stock."""

    def __init__(self, request=None):
        super().__init__(request)
        # partner id -> (may sell, on holiday, holiday message); filled lazily,
        # so a page listing many products of a few shops costs one query per
        # shop, not per product (none when the stock record's partner is loaded).
        self._partners = {}

    def partner_state(self, stockrecord) -> tuple[bool, bool, str]:
        partner_id = stockrecord.partner_id
        if partner_id not in self._partners:
            cached = stockrecord._state.fields_cache.get("partner")
            if cached is not None:
                state = (cached.can_sell, cached.on_holiday, cached.holiday_message)
            else:
                Partner = get_model("partner", "Partner")
                row = (
                    Partner.objects.filter(pk=partner_id)
                    .values_list("trader_status", "on_holiday", "holiday_message")
                    .first()
                )
                state = (
                    (row[0] == Partner.TraderStatus.APPROVED, row[1], row[2])
                    if row
                    else (False, False, "")
                )
            self._partners[partner_id] = state
        return self._partners[partner_id]

    def partner_can_sell(self, stockrecord) -> bool:
        return self.partner_state(stockrecord)[0]

    def availability_policy(self, product, stockrecord):
        if not stockrecord:
            return NotForSale(_("Not for sale at the moment."))
        reviewed = product.parent if product.is_child else product
        if not product.is_public or (reviewed and not reviewed.is_public):
            return NotForSale(_("Not for sale at the moment."))
        if reviewed.review_status != reviewed.Review.APPROVED:
            return NotForSale(_("This product is waiting for approval."))
        can_sell, on_holiday, holiday_message = self.partner_state(stockrecord)
        if not can_sell:
            return NotForSale(_("This shop is not selling yet."))
        if reviewed.inquiry_only:
            # Questions still reach a shop on holiday: they are not sales.
            return AskTheSeller()
        if on_holiday:
            return NotForSale(holiday_reason(holiday_message))
        if stockrecord.price is None:
            return NotForSale(_("Not for sale at the moment."))
        return super().availability_policy(product, stockrecord)


class Marketplace(
    oscar_strategy.UseFirstStockRecord,
    SellerRules,
    oscar_strategy.StockRequired,
    oscar_strategy.NoTax,
    oscar_strategy.Structured,
):
    """One stockrecord per product (one seller), prices including VAT."""


class Selector:
    def strategy(self, request=None, user=None, **kwargs):
        return Marketplace(request)
