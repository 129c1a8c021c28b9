"""Who may buy what: Oscar's strategy, loaded with get_class("partner.strategy").

Prices are what the seller typed: euros including VAT (no tax added on top).
A product can be bought only when it is public, approved by staff, sold by a
shop whose trader details (DSA art. 30) staff approved, is not "ask the seller"
and, for physical products, has stock.
"""

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


class SellerRules:
    """Availability mixin enforcing the marketplace's rules before stock."""

    def __init__(self, request=None):
        super().__init__(request)
        # partner id -> may sell; filled lazily, so a page listing many
        # products of a few shops costs one query per shop, not per product.
        self._can_sell = {}

    def partner_can_sell(self, stockrecord) -> bool:
        partner_id = stockrecord.partner_id
        if partner_id not in self._can_sell:
            cached = stockrecord._state.fields_cache.get("partner")
            if cached is not None:
                self._can_sell[partner_id] = cached.can_sell
            else:
                Partner = get_model("partner", "Partner")
                self._can_sell[partner_id] = Partner.objects.filter(
                    pk=partner_id, trader_status=Partner.TraderStatus.APPROVED
                ).exists()
        return self._can_sell[partner_id]

    def availability_policy(self, product, stockrecord):
        if not stockrecord:
            return NotForSale(_("Not for sale at the moment."))
        reviewed = product.parent if product.is_child else product
        if not product.is_public or (reviewed and not reviewed.is_public):
            return NotForSale(_("Not for sale at the moment."))
        if reviewed.review_status != reviewed.Review.APPROVED:
            return NotForSale(_("This product is waiting for approval."))
        if not self.partner_can_sell(stockrecord):
            return NotForSale(_("This shop is not selling yet."))
        if reviewed.inquiry_only:
            return AskTheSeller()
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
