"""Sellers' HTML descriptions, made safe to render with |safe."""

import nh3

ALLOWED_TAGS = {"p", "br", "strong", "b", "em", "i", "u", "ul", "ol", "li", "h3", "h4"}


def html_sanitise(value: str | None) -> str:
    """Return `value` with only harmless markup left (no scripts, links or styles).

    nh3 works from an allow-list and drops the contents of script and style.
    """
    if not value:
        return ""
    return nh3.clean(value, tags=ALLOWED_TAGS, attributes={}, link_rel=None)
