"""Pluggable payment methods for the checkout.

A method is a class with a `code`, a `name`, `is_available(basket)` and
`handle_payment(view, order_number, total)`, which records an Oscar payment
Source (and, for methods that take money, payment events) on the checkout
view. `SHOP_PAYMENT_METHODS` lists the classes offered, by dotted path.

The built-in methods are offline: nothing is charged at checkout, the order is
placed as "Awaiting payment" and sellers mark lines "Paid" when the money
arrives. A card provider is added later as another class whose
`handle_payment` talks to the provider (raising Oscar's `RedirectRequired` for
a hosted payment page, `UnableToTakePayment` for a declined card) and records
a Source with `amount_debited` and a payment event.
"""

from decimal import Decimal

from django.conf import settings
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

Source = get_model("payment", "Source")
SourceType = get_model("payment", "SourceType")

DEFAULT_METHODS = [
    "shop.checkout.payment.BankTransfer",
    "shop.checkout.payment.PayOnDelivery",
]


class PaymentMethod:
    code = ""
    name = ""
    description = ""

    def is_available(self, basket) -> bool:
        return True

    def source_type(self):
        source_type, _created = SourceType._default_manager.get_or_create(
            code=self.code, defaults={"name": str(self.code)}
        )
        return source_type

    def handle_payment(self, view, order_number: str, total) -> None:
        """Record what the buyer owes; offline methods take nothing now."""
        view.add_payment_source(
            Source(
                source_type=self.source_type(),
                currency=total.currency,
                amount_allocated=total.incl_tax,
                reference=str(order_number),
            )
        )

    def instructions(self, order) -> dict:
        """What the buyer is told to do after placing the order."""
        return {}


class BankTransfer(PaymentMethod):
    code = "bank-transfer"
    name = _("Bank transfer")
    description = _(
        "Transfer the total to the account shown after you place the order, "
        "with the order number as the reference."
    )

    @staticmethod
    def details() -> dict:
        return dict(getattr(settings, "SHOP_BANK_TRANSFER_DETAILS", None) or {})

    def is_available(self, basket) -> bool:
        return bool(self.details().get("iban"))

    def instructions(self, order) -> dict:
        return {**self.details(), "reference": order.number}


class PayOnDelivery(PaymentMethod):
    code = "pay-on-delivery"
    name = _("Pay on delivery")
    description = _(
        "Pay each seller when you receive your items or the service is provided."
    )


def payment_methods() -> list[PaymentMethod]:
    paths = getattr(settings, "SHOP_PAYMENT_METHODS", None) or DEFAULT_METHODS
    return [import_string(path)() for path in paths]


def payment_method(code: str | None) -> PaymentMethod | None:
    return next((m for m in payment_methods() if m.code == code), None)


def payment_instructions(order) -> dict:
    """The method an order was placed with and what the buyer should do."""
    source = order.sources.select_related("source_type").first()
    if source is None:
        return {"method": None, "amount": Decimal("0.00"), "details": {}}
    method = payment_method(source.source_type.code)
    return {
        "method": method,
        "name": method.name if method else source.source_type.name,
        "amount": source.amount_allocated,
        "details": method.instructions(order) if method else {},
    }
