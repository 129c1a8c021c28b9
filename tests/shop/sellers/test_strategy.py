import pytest
from oscar.core.loading import get_class, get_model

from tests.factories import shop as shop_factories

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")
Selector = get_class("partner.strategy", "Selector")


def info(product):
    return Selector().strategy().fetch_for_product(product)


def test_approved_products_in_stock_can_be_bought(seller_a):
    assert info(shop_factories.product(seller_a)).availability.is_available_to_buy


def test_unapproved_shop_cannot_sell(db):
    partner = shop_factories.dashboard_seller(approved=False)
    allowed, reason = info(
        shop_factories.product(partner)
    ).availability.is_purchase_permitted(1)
    assert not allowed
    assert "aún no vende" in str(reason)


def test_pending_or_hidden_products_cannot_be_bought(seller_a):
    pending = shop_factories.product(seller_a, review_status=Product.Review.PENDING)
    hidden = shop_factories.product(seller_a, public=False)
    assert "aprobación" in str(info(pending).availability.is_purchase_permitted(1)[1])
    assert not info(hidden).availability.is_available_to_buy


def test_ask_the_seller_products_are_inquired_not_bought(seller_a):
    service = shop_factories.product(seller_a, service=True, inquiry_only=True)
    availability = info(service).availability
    assert not availability.is_available_to_buy
    assert availability.code == "inquiry"


def test_out_of_stock_follows_oscar(seller_a):
    assert not info(
        shop_factories.product(seller_a, stock=0)
    ).availability.is_available_to_buy


def test_prices_include_vat_as_typed(seller_a):
    price = info(shop_factories.product(seller_a, price="12.10")).price
    assert str(price.incl_tax) == "12.10"
