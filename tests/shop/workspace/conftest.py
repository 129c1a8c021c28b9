"""Fixtures shared by the workspace's tests.

Shops A and B as opening a shop makes them (no Oscar dashboard permission),
their owners, a buyer, a category, one product of each shop, and the guest
orders of tests/shop/orders/conftest.py. A test module that needs other shops
imports them over these: the order tests take tests/shop/orders' shops (with
their shipping rates), the product tests a Portuguese seller B
(tests/shop/workspace/helpers.py).
"""

import pytest
from oscar.core.loading import get_model

from tests.factories import UserFactory
from tests.factories import shop as shop_factories
from tests.shop.orders.conftest import (  # noqa: F401 (fixtures)
    _language_reset,
    b_only_order_fixture,
    seller_c_fixture,
    three_seller_order_fixture,
    two_seller_order_fixture,
    user_a_fixture,
    user_b_fixture,
    user_c_fixture,
)
from tests.shop.workspace.helpers import image_upload

ProductImage = get_model("catalogue", "ProductImage")


@pytest.fixture
def seller_a(db):
    return shop_factories.seller(name="Cerámica Ana")


@pytest.fixture
def seller_b(db):
    return shop_factories.seller(name="Miel Karim")


@pytest.fixture
def buyer(db):
    return UserFactory()


@pytest.fixture
def category(db):
    return shop_factories.category("Cerámica")


@pytest.fixture
def product_a(seller_a, category):
    return shop_factories.product(
        seller_a, title="Taza de Ana", price="10.00", stock=5, category=category
    )


@pytest.fixture
def product_b(seller_b, category):
    product = shop_factories.product(
        seller_b, title="Mel de Karim", price="20.00", stock=7, category=category
    )
    ProductImage.objects.create(
        product=product, original=image_upload("b.jpg"), caption="Pote de mel"
    )
    return product
