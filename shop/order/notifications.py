"""Emails about orders: to the buyer when placed and shipped, to each seller.

Each function builds its message in the recipient's language and hands it to
the outbox (sent by a Celery worker on the `mail` queue). Each sends at most
once per order (per seller, per shipment and tracking reference), so a re-run
task sends nothing more.
"""

import hashlib

from django.conf import settings
from django.urls import reverse
from oscar.core.loading import get_model

from outbox.services import TemplatedEmail, notify
from shop.order.selectors import order_lines_by_seller

Order = get_model("order", "Order")
Partner = get_model("partner", "Partner")
SellerShipping = get_model("order", "SellerShipping")


def order_status_url(order) -> str:
    """Where the buyer follows the order: their account, or the guest link."""
    if order.user_id:
        path = reverse("customer:order", kwargs={"order_number": order.number})
    else:
        path = reverse(
            "customer:anon-order",
            kwargs={"order_number": order.number, "hash": order.verification_hash()},
        )
    return f"{settings.SITE_URL}{path}"


def _buyer_language(order, language: str | None) -> str:
    if order.user_id and getattr(order.user, "preferred_language", ""):
        return order.user.preferred_language
    return language or settings.LANGUAGE_CODE


def order_placed_email_send(*, order_id: int, language: str | None = None) -> bool:
    """The buyer's confirmation: every seller's lines, shipping and how to pay."""
    from shop.checkout.payment import payment_instructions

    order = Order._default_manager.select_related("user").filter(pk=order_id).first()
    if order is None or not order.email:
        return False
    sent = notify(
        to=order.email,
        language=_buyer_language(order, language),
        key=f"shop:order-placed:{order.pk}",
        build=lambda: TemplatedEmail(
            "shop/email/order_placed",
            {
                "order": order,
                "groups": order_lines_by_seller(order),
                "payment": payment_instructions(order),
                "status_url": order_status_url(order),
                "site_url": settings.SITE_URL,
            },
        ),
    )
    return sent > 0


def seller_order_email_send(*, order_id: int, partner_id: int) -> int:
    """Tell one seller's team about a new order: only that seller's lines."""
    order = Order._default_manager.filter(pk=order_id).first()
    partner = Partner._default_manager.filter(pk=partner_id).first()
    if order is None or partner is None:
        return 0
    groups = [g for g in order_lines_by_seller(order) if g.partner_id == partner.pk]
    if not groups:
        return 0
    members = [user for user in partner.users.all() if user.is_active and user.email]

    def build() -> TemplatedEmail:
        # Their part of the order in the sellers' workspace (in their
        # language: the URL carries the language prefix).
        path = reverse("shop:ws-order", kwargs={"number": order.number})
        return TemplatedEmail(
            "shop/email/seller_order",
            {
                "order": order,
                "partner": partner,
                "group": groups[0],
                "show_address": groups[0].requires_shipping,
                "order_url": f"{settings.SITE_URL}{path}",
            },
        )

    return notify(
        to=members or [partner.trader_email],
        key=f"shop:seller-order:{order.pk}:{partner.pk}",
        build=build,
    )


def lines_shipped_email_send(
    *, order_id: int, line_ids: list[int], language: str | None = None
) -> bool:
    """Tell the buyer which lines a seller has shipped, with the seller's
    carrier and tracking reference.

    Once per set of lines and tracking reference: a retried task sends nothing
    more, a corrected tracking reference is sent again.
    """
    order = Order._default_manager.select_related("user").filter(pk=order_id).first()
    if order is None or not order.email:
        return False
    lines = list(order.lines.filter(pk__in=line_ids).order_by("pk"))
    if not lines:
        return False
    partner_id = lines[0].partner_id
    lines = [line for line in lines if line.partner_id == partner_id]
    shipping = SellerShipping._default_manager.filter(
        order=order, partner_id=partner_id
    ).first()
    carrier = shipping.carrier if shipping and partner_id else ""
    reference = shipping.tracking_reference if shipping and partner_id else ""
    shipped = ",".join(str(line.pk) for line in lines)
    tracking = hashlib.sha256(f"{carrier}\n{reference}".encode()).hexdigest()[:16]
    sent = notify(
        to=order.email,
        language=_buyer_language(order, language),
        key=f"shop:lines-shipped:{order.pk}:{shipped}:{tracking}",
        build=lambda: TemplatedEmail(
            "shop/email/lines_shipped",
            {
                "order": order,
                "lines": lines,
                "partner_name": lines[0].partner_name,
                "carrier": carrier,
                "tracking_reference": reference,
                "status_url": order_status_url(order),
            },
        ),
    )
    return sent > 0
