"""Order placement that never oversells (Oscar loads OrderCreator from here).

Oscar allocates stock with an atomic update but does not re-check what is left
when two buyers check out at once (Oscar issue #4524). We lock the basket's
stock records, re-check, and only then write the order, all in one
transaction. The database CheckConstraint on StockRecord is the last line.

Oscar writes an order line by line: a Line and its LinePrice rows, then for
each stock record the product, its class, an UPDATE, a re-read and the
post_save receivers (low-stock and "back in stock" alerts), about ten queries
a line. Here each table is written in one statement, so placing an order costs
the same number of queries whatever the number of lines and sellers.
"""

from collections import defaultdict
from decimal import Decimal

from django.conf import settings
from django.db import transaction
from django.db.models import Case, F, IntegerField, Value, When
from django.db.models.functions import Coalesce
from django.utils.timezone import now
from django.utils.translation import gettext as _
from oscar.apps.order import utils
from oscar.apps.order.signals import order_placed
from oscar.core.loading import get_class, get_model

from shop.marketplace.split import basket_seller_groups
from shop.page_cache import products_purge
from shop.shipping.methods import PerSellerShipping

UnableToPlaceOrder = get_class("order.exceptions", "UnableToPlaceOrder")
Order = get_model("order", "Order")
Line = get_model("order", "Line")
LinePrice = get_model("order", "LinePrice")
LineAttribute = get_model("order", "LineAttribute")
OrderLineDiscount = get_model("order", "OrderLineDiscount")
SellerShipping = get_model("order", "SellerShipping")
StockRecord = get_model("partner", "StockRecord")
StockAlert = get_model("partner", "StockAlert")

OrderNumberGenerator = utils.OrderNumberGenerator
OrderDispatcher = utils.OrderDispatcher


class OrderCreator(utils.OrderCreator):
    """Oscar's, writing in bulk. Oscar's one-line hooks (create_line_models,
    create_line_price_models, create_line_attributes, update_stock_records)
    are not called by place_order: change create_lines_models and
    allocate_stock instead; create_additional_line_models still runs per line.
    """

    def place_order(
        self,
        basket,
        total,
        shipping_method,
        shipping_charge,
        user=None,
        shipping_address=None,
        billing_address=None,
        order_number=None,
        status=None,
        request=None,
        surcharges=None,
        **kwargs,
    ):
        """Oscar 4.2's place_order, with the stock locked and re-checked first
        and the lines, their prices and the allocations written in bulk.

        Compare with `oscar.apps.order.utils.OrderCreator.place_order` when
        upgrading Oscar: vouchers and offers are handled as there.
        """
        if basket.is_empty:
            raise ValueError(_("Empty baskets cannot be submitted"))
        if not order_number:
            order_number = OrderNumberGenerator().order_number(basket)
        if not status and hasattr(settings, "OSCAR_INITIAL_ORDER_STATUS"):
            status = settings.OSCAR_INITIAL_ORDER_STATUS

        with transaction.atomic():
            stock = self.lock_and_check_stock(basket)
            if Order._default_manager.filter(number=order_number).exists():
                raise ValueError(
                    _("There is already an order with number %s") % order_number
                )
            kwargs["surcharges"] = surcharges
            order = self.create_order_model(
                user,
                basket,
                shipping_address,
                shipping_method,
                shipping_charge,
                billing_address,
                total,
                order_number,
                status,
                request,
                **kwargs,
            )
            self.record_vouchers_and_offers(order, basket, shipping_method, user)
            basket_lines = list(basket.all_lines())
            self.create_lines_models(order, basket_lines)
            self.allocate_stock(basket_lines, stock)
            self.record_seller_shipping(order, basket, shipping_method)
        # After the transaction, as Oscar does: a receiver's error cannot undo
        # an order that is placed.
        order_placed.send(sender=self, order=order, user=user)
        return order

    def record_vouchers_and_offers(self, order, basket, shipping_method, user):
        """Oscar's voucher and offer bookkeeping, unchanged (per voucher and
        per offer applied, not per line)."""
        for voucher in basket.vouchers.select_for_update():
            if not voucher.is_active():  # basket ignores inactive vouchers
                basket.vouchers.remove(voucher)
            else:
                available_to_user, msg = voucher.is_available_to_user(user=user)
                if not available_to_user:
                    raise ValueError(msg)
        for application in basket.offer_applications:
            application["message"] = application["offer"].apply_deferred_benefit(
                basket, order, application
            )
            if application["result"].affects_shipping:
                shipping_discount = shipping_method.discount(basket)
                if shipping_discount <= Decimal("0.00"):
                    continue
                application["discount"] = shipping_discount
            self.create_discount_model(order, application)
            self.record_discount(application)
        for voucher in basket.vouchers.all():
            self.record_voucher_usage(order, voucher, user)

    # Lines -----------------------------------------------------------------

    def line_model(self, order, basket_line, extra_line_fields=None):
        """The order line for a basket line, not yet saved (Oscar's fields)."""
        product = basket_line.product
        stockrecord = basket_line.stockrecord
        if not stockrecord:
            raise UnableToPlaceOrder(
                f"Basket line #{basket_line.id} has no stockrecord"
            )
        partner = stockrecord.partner
        line_data = {
            "order": order,
            "partner": partner,
            "partner_name": partner.name,
            "partner_sku": stockrecord.partner_sku,
            "stockrecord": stockrecord,
            "product": product,
            "title": product.get_title(),
            "upc": product.upc,
            "quantity": basket_line.quantity,
            "line_price_excl_tax": basket_line.line_price_excl_tax_incl_discounts,
            "line_price_incl_tax": basket_line.line_price_incl_tax_incl_discounts,
            "line_price_before_discounts_excl_tax": basket_line.line_price_excl_tax,
            "line_price_before_discounts_incl_tax": basket_line.line_price_incl_tax,
            "unit_price_incl_tax": basket_line.unit_price_incl_tax,
            "unit_price_excl_tax": basket_line.unit_price_excl_tax,
            "tax_code": basket_line.tax_code,
            "num_allocated": basket_line.quantity,
        }
        extra_line_fields = dict(extra_line_fields or {})
        if hasattr(settings, "OSCAR_INITIAL_LINE_STATUS"):
            extra_line_fields.setdefault("status", settings.OSCAR_INITIAL_LINE_STATUS)
        line_data.update(extra_line_fields)
        return Line(**line_data)

    def create_lines_models(self, order, basket_lines) -> list:
        """Write the order lines in basket order (their pks keep the order the
        buyer saw), then their prices, attributes and discounts."""
        order_lines = [self.line_model(order, line) for line in basket_lines]
        Line._default_manager.bulk_create(order_lines)
        pairs = list(zip(order_lines, basket_lines, strict=True))
        LinePrice._default_manager.bulk_create(
            LinePrice(
                order=order,
                line=order_line,
                quantity=quantity,
                price_incl_tax=price_incl_tax,
                price_excl_tax=price_excl_tax,
                tax_code=basket_line.tax_code,
            )
            for order_line, basket_line in pairs
            for price_incl_tax, price_excl_tax, quantity in (
                basket_line.get_price_breakdown()
            )
        )
        # The basket's all_lines() prefetches the attributes with their option.
        LineAttribute._default_manager.bulk_create(
            LineAttribute(
                line=order_line,
                option=attr.option,
                type=attr.option.code,
                value=attr.value,
            )
            for order_line, basket_line in pairs
            for attr in basket_line.attributes.all()
        )
        self.create_lines_discount_models(order, pairs)
        for order_line, basket_line in pairs:
            self.create_additional_line_models(order, order_line, basket_line)
        return order_lines

    def create_lines_discount_models(self, order, pairs) -> None:
        """Each line's share of the order's offer discounts (as Oscar's
        create_line_discount_models), with the order discounts read once."""
        if not any(discount.offer for _ol, bl in pairs for discount in bl.discounts):
            return
        by_offer = {}
        for order_discount in order.discounts.order_by("pk"):
            by_offer.setdefault(order_discount.offer_id, order_discount)
        OrderLineDiscount._default_manager.bulk_create(
            OrderLineDiscount(
                line=order_line,
                order_discount=by_offer[discount.offer.id],
                is_incl_tax=discount.incl_tax,
                amount=discount.amount,
            )
            for order_line, basket_line in pairs
            for discount in basket_line.discounts
            if discount.offer and discount.offer.id in by_offer
        )

    # Stock -----------------------------------------------------------------

    @staticmethod
    def tracked_quantities(basket) -> tuple[dict[int, int], dict[int, str]]:
        """Units wanted per stock record whose product class tracks stock."""
        wanted: dict[int, int] = defaultdict(int)
        titles: dict[int, str] = {}
        for line in basket.all_lines():
            if not line.stockrecord_id:
                continue
            if not line.product.get_product_class().track_stock:
                continue
            wanted[line.stockrecord_id] += line.quantity
            titles[line.stockrecord_id] = line.product.get_title()
        return dict(wanted), titles

    def lock_and_check_stock(self, basket) -> dict[int, tuple]:
        """Lock the basket's tracked stock records in one query (in pk order,
        so concurrent checkouts cannot deadlock) and refuse if any has too
        little left. Returns {pk: (num_in_stock, num_allocated, wanted)}."""
        wanted, titles = self.tracked_quantities(basket)
        if not wanted:
            return {}
        records = (
            StockRecord._default_manager.select_for_update()
            .filter(pk__in=wanted)
            .order_by("pk")
            .values_list("pk", "num_in_stock", "num_allocated")
        )
        locked = {}
        for pk, num_in_stock, num_allocated in records:
            available = (num_in_stock or 0) - (num_allocated or 0)
            if available < wanted[pk]:
                raise UnableToPlaceOrder(
                    _("%(title)s is no longer available in that quantity.")
                    % {"title": titles[pk]}
                )
            locked[pk] = (num_in_stock, num_allocated, wanted[pk])
        return locked

    def allocate_stock(self, basket_lines, locked: dict[int, tuple]) -> None:
        """Allocate every locked stock record in one UPDATE.

        Stands in for Oscar's StockRecord.allocate() per line, which re-reads
        the row and sends post_save; the rows are locked, so their new values
        are known, and the two receivers Oscar connects to that post_save
        (low-stock alerts, "back in stock" alerts) run once for all records.
        """
        if not locked:
            return
        StockRecord._default_manager.filter(pk__in=locked).update(
            num_allocated=Coalesce(F("num_allocated"), 0)
            + Case(
                *(When(pk=pk, then=Value(row[2])) for pk, row in locked.items()),
                output_field=IntegerField(),
            )
        )
        records, products = {}, {}
        for line in basket_lines:
            record = line.stockrecord
            if record is None or record.pk not in locked:
                continue
            num_in_stock, num_allocated, wanted = locked[record.pk]
            record.num_in_stock = num_in_stock
            record.num_allocated = (num_allocated or 0) + wanted
            records[record.pk] = record
            products[line.product.pk] = line.product
        self.update_stock_alerts(list(records.values()))
        self.send_product_alerts(list(products.values()))
        products_purge(products, {record.partner_id for record in records.values()})

    @staticmethod
    def update_stock_alerts(records) -> None:
        """oscar.apps.partner.receivers.update_stock_alerts for many records."""
        open_alerts = {
            alert.stockrecord_id: alert
            for alert in StockAlert._default_manager.filter(
                stockrecord__in=records, status=StockAlert.OPEN
            )
        }
        StockAlert._default_manager.bulk_create(
            StockAlert(stockrecord=record, threshold=record.low_stock_threshold)
            for record in records
            if record.is_below_threshold and record.pk not in open_alerts
        )
        to_close = [
            open_alerts[record.pk].pk
            for record in records
            if not record.is_below_threshold and record.pk in open_alerts
        ]
        if to_close:
            StockAlert._default_manager.filter(pk__in=to_close).update(
                status=StockAlert.CLOSED, date_closed=now()
            )

    @staticmethod
    def send_product_alerts(products) -> None:
        """oscar.apps.customer.alerts.receivers.send_product_alerts, run only
        for products someone asked to be alerted about (usually none)."""
        if not products or not getattr(settings, "OSCAR_EAGER_ALERTS", True):
            return
        ProductAlert = get_model("customer", "ProductAlert")
        AlertsDispatcher = get_class("customer.alerts.utils", "AlertsDispatcher")
        ids = {p.pk for p in products} | {p.parent_id for p in products if p.parent_id}
        waiting = set(
            ProductAlert._default_manager.filter(
                product_id__in=ids, status=ProductAlert.ACTIVE
            )
            .order_by()
            .values_list("product_id", flat=True)
        )
        for product in products:
            if product.pk in waiting or product.parent_id in waiting:
                AlertsDispatcher().send_product_alert_email_for_user(product)

    # Shipping --------------------------------------------------------------

    def record_seller_shipping(self, order, basket, shipping_method) -> None:
        """Write each seller's share of the order (shop.marketplace.split) next
        to it; their shipping only when the per-seller method charged it."""
        method = getattr(shipping_method, "method", shipping_method)
        per_seller = isinstance(method, PerSellerShipping)
        groups = basket_seller_groups(basket, method)
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
