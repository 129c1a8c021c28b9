"""Order placement that never oversells (Oscar loads OrderCreator from here).

Oscar allocates stock with an atomic update but does not re-check what is left
when two buyers check out at once (Oscar issue #4524). We lock the basket's
stock records, re-check, and only then let Oscar write the order, all in one
transaction. The database CheckConstraint on StockRecord is the last line.
"""

from collections import defaultdict
from decimal import Decimal

from django.db import transaction
from django.utils.translation import gettext as _
from oscar.apps.order import utils
from oscar.core.loading import get_class, get_model

from shop.shipping.methods import PerSellerShipping, seller_groups

UnableToPlaceOrder = get_class("order.exceptions", "UnableToPlaceOrder")
StockRecord = get_model("partner", "StockRecord")
SellerShipping = get_model("order", "SellerShipping")

OrderNumberGenerator = utils.OrderNumberGenerator
OrderDispatcher = utils.OrderDispatcher


class OrderCreator(utils.OrderCreator):
    def place_order(self, basket, total, shipping_method, shipping_charge, **kwargs):
        with transaction.atomic():
            self.lock_and_check_stock(basket)
            order = super().place_order(
                basket, total, shipping_method, shipping_charge, **kwargs
            )
            self.record_seller_shipping(order, basket, shipping_method)
        return order

    def lock_and_check_stock(self, basket) -> None:
        """Lock the basket's tracked stock records (in pk order, so concurrent
        checkouts cannot deadlock) and refuse if any has too little left."""
        wanted: dict[int, int] = defaultdict(int)
        titles: dict[int, str] = {}
        for line in basket.all_lines():
            if not line.stockrecord_id:
                continue
            if not line.product.get_product_class().track_stock:
                continue
            wanted[line.stockrecord_id] += line.quantity
            titles[line.stockrecord_id] = line.product.get_title()
        if not wanted:
            return
        records = (
            StockRecord._default_manager.select_for_update()
            .filter(pk__in=wanted)
            .order_by("pk")
            .values_list("pk", "num_in_stock", "num_allocated")
        )
        for pk, num_in_stock, num_allocated in records:
            available = (num_in_stock or 0) - (num_allocated or 0)
            if available < wanted[pk]:
                raise UnableToPlaceOrder(
                    _("%(title)s is no longer available in that quantity.")
                    % {"title": titles[pk]}
                )

    def record_seller_shipping(self, order, basket, shipping_method) -> None:
        """Write each seller's share of the shipping next to the order."""
        method = getattr(shipping_method, "method", shipping_method)
        if isinstance(method, PerSellerShipping):
            groups = method.breakdown(basket)
        else:
            groups = seller_groups(basket)
        per_seller = isinstance(method, PerSellerShipping)
        SellerShipping._default_manager.bulk_create(
            SellerShipping(
                order=order,
                partner=group.partner,
                partner_name=group.partner.name,
                subtotal=group.subtotal,
                charge=group.charge if per_seller else Decimal("0.00"),
            )
            for group in groups
        )
