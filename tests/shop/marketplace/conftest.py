"""The order tests' shops (with their shipping rates) and three-seller order."""

from tests.shop.orders.conftest import (  # noqa: F401 (fixtures)
    _language_reset,
    seller_a_fixture,
    seller_b_fixture,
    seller_c_fixture,
    three_seller_order_fixture,
)
