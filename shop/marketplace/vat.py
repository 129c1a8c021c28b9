"""VAT rates of the sellers' countries and the net + VAT split of a price.

Pure: no Django. Sellers type prices including VAT; the rate only splits a
price into its net amount and its VAT for display. A shop's rates come from its
region code (ISO 3166-2, see rumbo.regions): "es-an" and "es" are Spain, "pt-fa"
and "pt" Portugal. The Canary Islands are outside the EU VAT area and charge
IGIC instead, at their own rates.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
HUNDRED = Decimal("100")


@dataclass(frozen=True)
class TaxRates:
    """The rates (percentages) of one tax area, the standard one first."""

    area: str
    tax: str  # "VAT" or "IGIC"
    standard: Decimal
    reduced: tuple[Decimal, ...]

    @property
    def all(self) -> tuple[Decimal, ...]:
        return (self.standard, *self.reduced)


def _d(*values: str) -> tuple[Decimal, ...]:
    return tuple(Decimal(value) for value in values)


SPAIN = TaxRates("es", "VAT", Decimal("21"), _d("10", "4"))
PORTUGAL = TaxRates("pt", "VAT", Decimal("23"), _d("13", "6"))
CANARIAS = TaxRates("es-cn", "IGIC", Decimal("7"), _d("3", "0"))

_BY_REGION = {"es-cn": CANARIAS}
_BY_COUNTRY = {"es": SPAIN, "pt": PORTUGAL}
DEFAULT = SPAIN


def rates_for_region(region: str | None) -> TaxRates:
    """The tax rates of a shop in `region`; Spain's when the region is unknown."""
    code = (region or "").strip().lower()
    if code in _BY_REGION:
        return _BY_REGION[code]
    return _BY_COUNTRY.get(code.split("-", 1)[0], DEFAULT)


def effective_rate(stored: Decimal | None, region: str | None) -> Decimal:
    """The rate a stock record uses: its own, or the standard one of its shop."""
    if stored is None:
        return rates_for_region(region).standard
    return Decimal(stored)


def rate_str(rate: Decimal) -> str:
    """A rate as people write it: "21", "9.5", never "2.1E+1"."""
    return format(Decimal(rate).normalize(), "f")


def vat_split(gross: Decimal, rate: Decimal) -> tuple[Decimal, Decimal]:
    """Split a price including VAT into (net, VAT), both rounded to cents.

    The two always add up to `gross` exactly: the VAT is what is left once the
    net is rounded, so no cent appears or disappears.
    """
    gross = Decimal(gross).quantize(CENT, rounding=ROUND_HALF_UP)
    rate = Decimal(rate)
    if rate < 0:
        raise ValueError("A VAT rate cannot be negative.")
    net = (gross * HUNDRED / (HUNDRED + rate)).quantize(CENT, rounding=ROUND_HALF_UP)
    return net, gross - net
