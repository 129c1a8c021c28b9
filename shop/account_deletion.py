"""What the shop keeps when a buyer deletes their account."""

from oscar.core.loading import get_model

ANONYMISED = "—"


def orders_anonymise(user) -> None:
    """Keep the user's orders for the sellers' books, without the buyer in them.

    Orders are legal records of a sale, so they stay, but without the buyer's
    name, email, phone or address. Runs inside the deletion's transaction.
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
