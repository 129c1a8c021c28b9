"""Small display helpers for the catalogue templates."""

from django import template

register = template.Library()


@register.filter
def stars(rating) -> str:
    """A 0-5 rating as five stars, e.g. 3.6 -> "★★★★☆" (rounded to whole stars)."""
    try:
        full = max(0, min(5, round(float(rating))))
    except (TypeError, ValueError):
        return ""
    return "★" * full + "☆" * (5 - full)


@register.filter
def clean_html(value) -> str:
    """A product description made safe to render (sellers write it)."""
    from django.utils.safestring import mark_safe

    from shop.sellers.html import html_sanitise

    return mark_safe(html_sanitise(value))  # noqa: S308 (sanitised just above)
