"""Writes and exports for accounts."""

from django.db import transaction
from django.utils import timezone
from oscar.core.loading import get_model

from users.data_export import SECTIONS
from users.models import User

ANONYMISED = "—"


def user_data_export(*, user: User) -> dict:
    """Everything Rumbo holds about `user`, as JSON-safe data."""
    return {
        "exported_at": timezone.now().isoformat(),
        **{name: section(user) for name, section in SECTIONS.items()},
    }


@transaction.atomic
def user_delete(*, user: User) -> None:
    """Delete the account; keep its orders for the sellers' books, anonymised.

    Orders are legal records of a sale, so they stay, but without the buyer's
    name, email, phone or address. Everything else the user owns goes with the
    account (cascades).
    """
    Order = get_model("order", "Order")
    ShippingAddress = get_model("order", "ShippingAddress")
    BillingAddress = get_model("order", "BillingAddress")

    orders = Order.objects.select_for_update().filter(user=user)
    address_fields = {
        "title": "",
        "first_name": ANONYMISED,
        "last_name": "",
        "line1": ANONYMISED,
        "line2": "",
        "line3": "",
        "state": "",
    }
    ShippingAddress.objects.filter(order__in=orders).update(
        **address_fields, phone_number="", notes=""
    )
    BillingAddress.objects.filter(order__in=orders).update(**address_fields)
    orders.update(user=None, guest_email="")
    user.delete()
