"""Address filters for templates; the logic is in shop.checkout.addresses."""

from django import template

from shop.checkout import addresses

register = template.Library()

country_name = register.filter("country_name", addresses.country_name)
address_lines = register.filter("address_lines", addresses.address_lines)
