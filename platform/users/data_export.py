"""What a person gets when they download their data (GDPR Article 20).

Each section is a function of the user returning JSON-safe data. Apps add
their own section to SECTIONS as they land (courses, shop, mentoring, ...).
"""

from collections.abc import Callable

from django.utils.module_loading import import_string
from oscar.core.loading import get_model

from users.models import User


def account_section(user: User) -> dict:
    from allauth.account.models import EmailAddress

    return {
        "email": user.email,
        "display_name": user.display_name,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "preferred_language": user.preferred_language,
        "country": str(user.country),
        "region": user.region,
        "date_joined": user.date_joined.isoformat(),
        "last_login": user.last_login.isoformat() if user.last_login else None,
        "email_addresses": [
            {"email": e.email, "verified": e.verified, "primary": e.primary}
            for e in EmailAddress.objects.filter(user=user)
        ],
    }


def orders_section(user: User) -> list[dict]:
    Order = get_model("order", "Order")
    orders = (
        Order.objects.filter(user=user)
        .select_related("shipping_address")
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


def addresses_section(user: User) -> list[str]:
    UserAddress = get_model("address", "UserAddress")
    return [address.summary for address in UserAddress.objects.filter(user=user)]


def _lazy(path: str) -> Callable[[User], object]:
    """A section of another app, imported when a download is made, so users
    does not import every app at start-up."""
    return lambda user: import_string(path)(user)


SECTIONS: dict[str, Callable[[User], object]] = {
    "account": account_section,
    "shop_orders": orders_section,
    "shop_addresses": addresses_section,
    "learning": _lazy("courses.data_export.learning_section"),
    "mentoring": _lazy("mentoring.data_export.mentoring_section"),
    "newsletter": _lazy("newsletters.selectors.newsletter_data_for_user"),
}
