"""Placing an order writes in bulk what Oscar writes line by line, the same data."""

from decimal import Decimal

from django.db.models.signals import post_save
from oscar.core.loading import get_model

from tests.factories.shop import product, seller
from tests.factories.users import UserFactory
from tests.shop.orders.conftest import basket_add, checkout

Basket = get_model("basket", "Basket")
Order = get_model("order", "Order")
LinePrice = get_model("order", "LinePrice")
Option = get_model("catalogue", "Option")
StockRecord = get_model("partner", "StockRecord")
StockAlert = get_model("partner", "StockAlert")
ProductAlert = get_model("customer", "ProductAlert")
ProductRecord = get_model("analytics", "ProductRecord")
UserRecord = get_model("analytics", "UserRecord")


def _place(client, email="bulk@example.org"):
    response = checkout(client, email=email)
    assert response.status_code == 302, response
    return Order.objects.get()


def test_lines_keep_basket_order_prices_and_each_records_allocation(client, db):
    sellers = [seller(name=f"Vendedor {n}") for n in range(3)]
    bought = []
    for n in range(9):
        item = product(
            sellers[n % 3], price=f"{n + 1}.50", stock=20, service=n % 4 == 3
        )
        bought.append((item, 1 + n % 3))
        basket_add(client, item, 1 + n % 3)

    order = _place(client)

    lines = list(order.lines.order_by("pk"))
    assert [(line.product_id, line.quantity) for line in lines] == [
        (item.pk, quantity) for item, quantity in bought
    ]
    for line, (item, quantity) in zip(lines, bought, strict=True):
        unit = Decimal(str(item.stockrecords.get().price))
        assert line.partner == item.stockrecords.get().partner
        assert line.line_price_incl_tax == unit * quantity
        assert line.status == "Awaiting payment"
        assert [(p.quantity, p.price_incl_tax) for p in line.prices.all()] == [
            (quantity, unit)
        ]
        record = StockRecord.objects.get(product=item)
        tracked = line.product.get_product_class().track_stock
        expected = quantity if tracked else None
        assert record.num_allocated == expected
    assert LinePrice.objects.filter(order=order).count() == 9
    assert order.seller_shipping.count() == 3


def test_basket_line_options_are_copied_to_the_order_line(client, db):
    engraving = Option.objects.create(name="Grabado", code="grabado")
    item = product(seller(), title="Anillo")
    basket_add(client, item, 1)
    basket = Basket.objects.get()
    basket.lines.get().attributes.create(option=engraving, value="Ana")

    order = _place(client)

    (attribute,) = order.lines.get().attributes.all()
    assert (attribute.option, attribute.type, attribute.value) == (
        engraving,
        "grabado",
        "Ana",
    )


def test_allocation_opens_and_closes_low_stock_alerts_like_oscar(client, db):
    partner = seller()
    running_low = product(partner, title="Casi agotado", stock=6)
    StockRecord.objects.filter(product=running_low).update(low_stock_threshold=5)
    no_longer_watched = product(partner, title="Sin umbral", stock=50)
    stale = StockAlert.objects.create(
        stockrecord=StockRecord.objects.get(product=no_longer_watched), threshold=5
    )
    basket_add(client, running_low, 2)
    basket_add(client, no_longer_watched, 1)

    _place(client)

    alert = StockAlert.objects.get(stockrecord__product=running_low)
    assert (alert.status, alert.threshold) == (StockAlert.OPEN, 5)
    stale.refresh_from_db()
    assert stale.status == StockAlert.CLOSED
    assert stale.date_closed is not None


def test_buyers_waiting_for_a_product_are_alerted_when_stock_moves(client, db):
    item = product(seller(), title="Vuelve", stock=10)
    waiting = ProductAlert.objects.create(product=item, user=UserFactory())
    basket_add(client, item, 1)

    _place(client)

    waiting.refresh_from_db()
    assert waiting.status == ProductAlert.CLOSED


def test_purchases_are_counted_per_product_and_per_buyer(client, user, db):
    partner = seller()
    counted, new = product(partner), product(partner)
    client.force_login(user)
    basket_add(client, counted, 2)
    basket_add(client, new, 3)
    ProductRecord.objects.filter(product=counted).update(num_purchases=4)
    ProductRecord.objects.filter(product=new).delete()

    response = checkout(client)
    assert response.status_code == 302

    purchases = dict(ProductRecord.objects.values_list("product_id", "num_purchases"))
    assert purchases[counted.pk] == 6
    assert purchases[new.pk] == 3
    record = UserRecord.objects.get(user=user)
    assert (record.num_orders, record.num_order_lines, record.num_order_items) == (
        1,
        2,
        5,
    )


def test_bulk_allocation_stands_in_for_every_stock_record_receiver():
    # OrderCreator.allocate_stock runs, for all records at once, what these
    # receivers do per record after Oscar's StockRecord.allocate(). A new one
    # must be added there too (or allocation go back to one row at a time).
    sync_receivers, _async = post_save._live_receivers(StockRecord)
    names = {
        f"{getattr(r, '__module__', '')}.{getattr(r, '__qualname__', r)}"
        for r in sync_receivers
    }
    assert names <= {
        "oscar.apps.partner.receivers.update_stock_alerts",
        "oscar.apps.customer.alerts.receivers.send_product_alerts",
        # Haystack indexes no StockRecord: a no-op.
        "haystack.signals.BaseSignalProcessor.handle_save",
        # The public page cache: allocate_stock purges the products' pages.
        "shop.page_cache._stock_changed",
    }
