"""The buyer's part of their data download (GDPR Article 20)."""

from oscar.core.loading import get_model


def orders_section(user) -> list[dict]:
    Order = get_model("order", "Order")
    orders = (
        Order.objects.filter(user=user)
        # The address summary names its country.
        .select_related("shipping_address__country")
        .prefetch_related("lines")
        .order_by("date_placed")
    )
    return [
        {
            "number": order.number,
            "placed": order.date_placed.isoformat(),
            "status": order.status,
            "currency": order.currency,
            "total_incl_tax": str(order.total_incl_tax),
            "shipping_address": (
                order.shipping_address.summary if order.shipping_address else None
            ),
            "lines": [
                {
                    "title": line.title,
                    "quantity": line.quantity,
                    "price_incl_tax": str(line.line_price_incl_tax),
                }
                for line in order.lines.all()
            ],
        }
        for order in orders
    ]


def addresses_section(user) -> list[str]:
    UserAddress = get_model("address", "UserAddress")
    addresses = UserAddress.objects.filter(user=user).select_related("country")
    return [address.summary for address in addresses]
