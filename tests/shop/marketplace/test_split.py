"""A basket and an order split by seller (shop.marketplace.split), and each
seller's totals adding up to what the buyer pays (shop.marketplace.totals)."""

from decimal import Decimal

import pytest
from django.urls import reverse
from oscar.core.loading import get_model

from shop.marketplace import totals
from shop.marketplace.split import basket_seller_groups, seller_groups
from shop.order.selectors import StatementRow, order_lines_by_seller, seller_statement
from shop.shipping.methods import PerSellerShipping
from tests.factories.shop import product
from tests.shop.orders.conftest import basket_add

pytestmark = pytest.mark.django_db

SellerShipping = get_model("order", "SellerShipping")


def _basket(client):
    """The buyer's basket as the basket page priced it."""
    return client.get(reverse("basket:summary")).context["basket"]


def test_a_three_seller_basket_splits_by_seller_in_the_order_items_were_added(
    client, seller_a, seller_b, seller_c
):
    # A ships free from 50.00; B charges 3.00 whatever the amount; C sells a
    # service only, so nothing of C's ships.
    basket_add(client, product(seller_a, title="Taza", price="12.00"), 2)
    basket_add(client, product(seller_b, title="Miel", price="8.00"), 1)
    basket_add(client, product(seller_c, title="Taller", price="15.00", service=True))
    basket_add(client, product(seller_a, title="Jarra", price="30.00"), 1)
    basket_add(client, product(seller_b, title="Clase", price="20.00", service=True))

    a, b, c = seller_groups(_basket(client))

    assert [g.partner for g in (a, b, c)] == [seller_a, seller_b, seller_c]
    assert [line.product.title for line in a.lines] == ["Taza", "Jarra"]
    assert [line.product.title for line in b.lines] == ["Miel", "Clase"]
    assert (a.subtotal, a.charge, a.free_shipping) == (Decimal("54.00"), 0, True)
    assert (b.subtotal, b.charge, b.free_shipping) == (Decimal("28.00"), 3, False)
    assert (c.subtotal, c.charge, c.requires_shipping) == (Decimal("15.00"), 0, False)
    assert b.free_shipping_missing is None  # B never ships for free
    assert c.free_shipping_missing is None  # nothing of C's ships


def test_the_per_seller_method_charges_the_sum_of_the_sellers_shipping(
    client, seller_a, seller_b, seller_c
):
    basket_add(client, product(seller_a, price="12.00"), 1)
    basket_add(client, product(seller_b, price="8.00"), 1)
    basket_add(client, product(seller_c, price="4.50"), 2)
    basket = _basket(client)
    method = PerSellerShipping()

    groups = basket_seller_groups(basket, method)

    assert [g.charge for g in groups] == [
        Decimal("4.90"),
        Decimal("3.00"),
        Decimal("2.50"),
    ]
    assert method.calculate(basket).incl_tax == Decimal("10.40")
    assert basket_seller_groups(basket, method) is groups  # computed once


def test_each_sellers_part_of_an_order_adds_up_to_the_order(three_seller_order):
    order = three_seller_order

    groups = order_lines_by_seller(order)

    assert [g.partner_name for g in groups] == [
        "Cerámica Ana",
        "Miel Karim",
        "Conservas Xoán",
    ]
    assert [(g.subtotal, g.shipping) for g in groups] == [
        (Decimal("24.00"), Decimal("4.90")),
        (Decimal("28.00"), Decimal("3.00")),
        (Decimal("13.50"), Decimal("2.50")),
    ]
    assert sum(g.subtotal for g in groups) == order.basket_total_incl_tax
    assert sum(g.shipping for g in groups) == order.shipping_incl_tax
    assert sum(g.total for g in groups) == order.total_incl_tax
    saved = {row.partner_id: row.subtotal for row in SellerShipping.objects.all()}
    assert saved == {g.partner_id: g.subtotal for g in groups}


def test_the_sellers_statement_rows_add_up_to_the_order(three_seller_order):
    order = three_seller_order

    rows = [StatementRow.from_values(v) for v in seller_statement()]

    assert len(rows) == 3
    assert sum(row.total for row in rows) == order.total_incl_tax


@pytest.mark.parametrize(
    ("threshold", "subtotal", "free", "missing"),
    [
        (Decimal("50.00"), Decimal("42.40"), False, Decimal("7.60")),
        (Decimal("50.00"), Decimal("50.00"), True, None),
        (None, Decimal("100.00"), False, None),
    ],
)
def test_free_shipping_missing_is_what_is_left_to_spend(
    threshold, subtotal, free, missing
):
    assert totals.free_shipping_missing(threshold, subtotal, free) == missing


def test_no_shipping_is_owed_once_all_a_seller_sold_is_cancelled():
    assert totals.shipping_owed(Decimal("4.90"), "Cancelled") == 0
    assert totals.shipping_owed(Decimal("4.90"), "In progress") == Decimal("4.90")
