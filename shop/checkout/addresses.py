"""Addresses as buyers read them: Spanish and Portuguese layout, the country
named in the page's language (Oscar prints its English name)."""

from django_countries import countries


def country_name(country) -> str:
    """An Oscar Country (or its code) named in the active language."""
    if not country:
        return ""
    code = getattr(country, "iso_3166_1_a2", country)
    return countries.name(code) or getattr(country, "printable_name", str(code))


def address_lines(address) -> list[str]:
    """Name, street lines, "postcode town", state and country: one per line."""
    if not address:
        return []
    town = " ".join(part for part in (address.postcode, address.line4) if part)
    lines = [
        address.salutation,
        address.line1,
        address.line2,
        address.line3,
        town,
        address.state,
        country_name(address.country) if address.country_id else "",
    ]
    return [line.strip() for line in lines if line and line.strip()]
