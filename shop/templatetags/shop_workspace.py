"""Template helpers for the sellers' workspace."""

from django import template
from django.urls import NoReverseMatch, reverse

register = template.Library()


@register.simple_tag
def ws_url(url_name: str) -> str:
    """The URL of a workspace section; "#" while a section is not built yet."""
    try:
        return reverse(url_name)
    except NoReverseMatch:
        return "#"
