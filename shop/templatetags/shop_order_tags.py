from django import template

from shop.order.status import status_label as _status_label

register = template.Library()


@register.filter
def status_label(status: str) -> str:
    """An order or line status in the reader's language."""
    return _status_label(status)


@register.filter
def seller_sku(sku: str) -> str:
    """The seller's own product code; nothing for one Rumbo made up."""
    from shop.sellers.products import sku_shown

    return sku_shown(sku)


@register.simple_tag
def order_seller_groups(order):
    """The order's lines by seller, with shipping and status per seller
    (shop.marketplace.split)."""
    from shop.order.selectors import order_lines_by_seller

    return order_lines_by_seller(order)


@register.simple_tag
def order_payment(order):
    """The order's payment method and what the buyer is asked to do."""
    from shop.checkout.payment import payment_instructions

    return payment_instructions(order)
