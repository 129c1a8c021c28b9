"""Many buyers racing for the last units never oversell (PostgreSQL only)."""

import threading

import pytest
from django.conf import settings
from django.db import connection
from oscar.core.loading import get_class, get_model

from shop.order.utils import OrderCreator
from shop.shipping.methods import PerSellerShipping
from tests.factories.shop import product, seller
from tests.factories.users import UserFactory

Basket = get_model("basket", "Basket")
Order = get_model("order", "Order")
StockRecord = get_model("partner", "StockRecord")
Selector = get_class("partner.strategy", "Selector")
OrderTotalCalculator = get_class("checkout.calculators", "OrderTotalCalculator")
UnableToPlaceOrder = get_class("order.exceptions", "UnableToPlaceOrder")

BUYERS = 24
UNITS = 5

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        "postgresql" not in settings.DATABASES["default"]["ENGINE"],
        reason="row locks need PostgreSQL (set DATABASE_URL)",
    ),
]


def _basket(*items):
    basket = Basket.objects.create(owner=UserFactory())
    basket.strategy = Selector().strategy()
    for item in items:
        basket.add_product(item, 1)
    return basket


def _race(baskets):
    """Every basket's order placed at the same moment, each in its own thread."""
    barrier = threading.Barrier(len(baskets))
    placed, refused, errors = [], [], []

    def buy(basket):
        try:
            method = PerSellerShipping()
            charge = method.calculate(basket)
            total = OrderTotalCalculator().calculate(basket, charge)
            barrier.wait()
            order = OrderCreator().place_order(
                basket=basket,
                total=total,
                shipping_method=method,
                shipping_charge=charge,
                user=basket.owner,
            )
            placed.append(order.pk)
        except UnableToPlaceOrder as exc:
            refused.append(str(exc))
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(repr(exc))
        finally:
            connection.close()

    threads = [threading.Thread(target=buy, args=(b,)) for b in baskets]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return placed, refused, errors


def test_concurrent_buyers_of_the_last_units_never_oversell():
    item = product(seller(), title="Edición limitada", price="9.00", stock=UNITS)
    baskets = [_basket(item) for _ in range(BUYERS)]

    placed, refused, errors = _race(baskets)

    assert errors == []
    assert len(placed) == UNITS
    assert len(refused) == BUYERS - UNITS
    assert all("Edición limitada" in message for message in refused)
    record = StockRecord.objects.get(product=item)
    assert record.num_allocated == UNITS <= record.num_in_stock
    assert Order.objects.count() == UNITS


def test_concurrent_baskets_locking_records_in_any_order_never_deadlock():
    # Half the buyers added the two items the other way round: the stock
    # records are still locked in pk order, so no checkout waits on another
    # that waits on it.
    first = product(seller(), title="Cuenco", stock=UNITS)
    second = product(seller(), title="Plato", stock=UNITS)
    baskets = [
        _basket(first, second) if n % 2 else _basket(second, first)
        for n in range(BUYERS)
    ]

    placed, refused, errors = _race(baskets)

    assert errors == []
    assert (len(placed), len(refused)) == (UNITS, BUYERS - UNITS)
    for item in (first, second):
        assert StockRecord.objects.get(product=item).num_allocated == UNITS
    assert all(order.lines.count() == 2 for order in Order.objects.all())
