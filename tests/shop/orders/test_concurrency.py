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


def _basket(item):
    basket = Basket.objects.create(owner=UserFactory())
    basket.strategy = Selector().strategy()
    basket.add_product(item, 1)
    return basket


def test_concurrent_buyers_of_the_last_units_never_oversell():
    item = product(seller(), title="Edición limitada", price="9.00", stock=UNITS)
    baskets = [_basket(item) for _ in range(BUYERS)]
    barrier = threading.Barrier(BUYERS)
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

    assert errors == []
    assert len(placed) == UNITS
    assert len(refused) == BUYERS - UNITS
    assert all("Edición limitada" in message for message in refused)
    record = StockRecord.objects.get(product=item)
    assert record.num_allocated == UNITS <= record.num_in_stock
    assert Order.objects.count() == UNITS
