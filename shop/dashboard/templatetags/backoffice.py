"""Template filters for Oscar's dashboard templates overridden in
shop/templates/oscar/dashboard/: stored English values shown translated."""

from django import template

from shop.dashboard import labels

register = template.Library()


@register.filter
def product_class_label(product_class) -> str:
    return labels.product_class_label(product_class)


@register.filter
def status_label(status) -> str:
    return labels.status_label(status) if status else ""
