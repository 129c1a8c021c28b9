"""Shipping methods offered at checkout (Oscar loads this with get_class)."""

from oscar.apps.shipping import repository

from shop.shipping.methods import PerSellerShipping


class Repository(repository.Repository):
    # Baskets of only services get Oscar's NoShippingRequired from the parent.
    methods = (PerSellerShipping(),)
