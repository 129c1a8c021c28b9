"""Writes on orders: notifications after checkout, sellers moving their lines
and telling the buyer how their parcel travels."""

from collections.abc import Sequence
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from oscar.core.loading import get_class, get_model

from shop.order import status as st

Order = get_model("order", "Order")
Line = get_model("order", "Line")
OrderNote = get_model("order", "OrderNote")
SellerShipping = get_model("order", "SellerShipping")
InvalidLineStatus = get_class("order.exceptions", "InvalidLineStatus")

CARRIER_MAX = SellerShipping._meta.get_field("carrier").max_length
TRACKING_MAX = SellerShipping._meta.get_field("tracking_reference").max_length


def order_placed_notify(*, order: Order, language: str | None = None) -> None:
    """Queue the buyer's confirmation and one email per seller, after commit."""
    from shop.tasks import notify_order_placed_task, notify_seller_order_task

    order_id = order.pk
    partner_ids = sorted(
        {pid for pid in order.lines.values_list("partner_id", flat=True) if pid}
    )
    transaction.on_commit(
        lambda: notify_order_placed_task.delay(order_id, language=language)
    )
    for partner_id in partner_ids:
        transaction.on_commit(
            lambda pid=partner_id: notify_seller_order_task.delay(order_id, pid)
        )


def order_status_sync(*, order: Order) -> str:
    """Set the order's status from its lines' statuses; returns it."""
    new_status = st.overall_status(order.lines.values_list("status", flat=True))
    if new_status != order.status:
        if new_status in order.available_statuses():
            order.set_status(new_status)
        else:
            # Outside Oscar's order pipeline (e.g. data fixed by hand): the
            # lines are the truth, so follow them without a status change row.
            Order._default_manager.filter(pk=order.pk).update(status=new_status)
            order.status = new_status
    return order.status


def _text_clean(value, *, label: str, max_length: int) -> str:
    """A one-line text a seller typed: stripped, without control characters
    (PostgreSQL refuses NUL) and not longer than its column."""
    value = str(value or "").strip()
    if any(ord(char) < 32 or ord(char) == 127 for char in value):
        raise ValidationError(
            _("%(field)s cannot contain control characters.") % {"field": label}
        )
    if len(value) > max_length:
        raise ValidationError(
            _("%(field)s can have at most %(max)d characters (it has %(length)d).")
            % {"field": label, "max": max_length, "length": len(value)}
        )
    return value


def tracking_clean(*, carrier: str, tracking_reference: str) -> tuple[str, str]:
    """The carrier and tracking reference as they will be saved (or a
    ValidationError saying why not)."""
    return (
        _text_clean(carrier, label=_("Carrier"), max_length=CARRIER_MAX),
        _text_clean(
            tracking_reference, label=_("Tracking reference"), max_length=TRACKING_MAX
        ),
    )


def _line_ids(values) -> set[int]:
    try:
        return {int(value) for value in values}
    except (TypeError, ValueError):
        raise InvalidLineStatus(
            _("Some of these items are not in this order.")
        ) from None


def lines_status_change(
    *,
    order: Order,
    line_ids: Sequence[int],
    new_status: str,
    user=None,
    partner_id: int | None = None,
    carrier: str = "",
    tracking_reference: str = "",
) -> list:
    """Move lines of `order` to `new_status` along the line pipeline.

    With `partner_id` (the sellers' workspace) only that seller's lines can be
    moved: another seller's line id refuses the whole change. Cancelling
    releases the lines' stock allocation; shipping or completing consumes it
    (the stock leaves the shelf). Refuses the whole change if any line cannot
    make the move, or is already there (a replayed form changes nothing).
    Marking lines shipped records when, and the carrier and tracking reference
    if given, on the seller's shipping, and emails the buyer once per seller.
    """
    carrier, tracking_reference = tracking_clean(
        carrier=carrier, tracking_reference=tracking_reference
    )
    if (carrier or tracking_reference) and new_status != st.SHIPPED:
        raise InvalidLineStatus(
            _("Add a carrier and tracking reference when you mark items as shipped.")
        )
    ids = _line_ids(line_ids)
    with transaction.atomic():
        order = Order._default_manager.select_for_update().get(pk=order.pk)
        lines = Line._default_manager.select_for_update(of=("self",)).filter(
            order=order, pk__in=ids
        )
        if partner_id is not None:
            lines = lines.filter(partner_id=partner_id)
        lines = list(
            lines.select_related(
                "stockrecord", "product__product_class", "product__parent"
            ).order_by("pk")
        )
        if not lines or len(lines) != len(ids):
            raise InvalidLineStatus(_("Some of these items are not in this order."))
        for line in lines:
            if line.status == new_status:
                raise InvalidLineStatus(
                    _("“%(title)s” is already: %(status)s.")
                    % {"title": line.title, "status": st.status_label(new_status)}
                )
            if new_status not in line.available_statuses():
                raise InvalidLineStatus(
                    _("“%(title)s” cannot move from %(old)s to %(new)s.")
                    % {
                        "title": line.title,
                        "old": st.status_label(line.status),
                        "new": st.status_label(new_status),
                    }
                )
        notes = []
        for line in lines:
            _line_stock_follow(line, new_status)
            notes.append(
                f"#{line.pk} {line.title}: {line.status} → {new_status}"
                f" ({line.partner_name})"
            )
            line.set_status(new_status)
        if new_status == st.SHIPPED and (carrier or tracking_reference):
            notes.append(f"{carrier} {tracking_reference}".strip())
        OrderNote._default_manager.create(
            order=order,
            user=user if user and user.is_authenticated else None,
            message="\n".join(notes),
            note_type=OrderNote.SYSTEM,
        )
        order_status_sync(order=order)
        if new_status == st.SHIPPED:
            _lines_shipped(
                order=order,
                lines=lines,
                carrier=carrier,
                tracking_reference=tracking_reference,
            )
    return lines


def _lines_shipped(*, order: Order, lines: list, carrier: str, tracking_reference: str):
    """Record on each seller's shipping that their parcel left, and queue one
    email per seller to the buyer."""
    from shop.tasks import notify_lines_shipped_task

    by_partner: dict = {}
    for line in lines:
        by_partner.setdefault(line.partner_id, []).append(line)
    for partner_id, shipped in by_partner.items():
        if partner_id is not None:
            shipping = _seller_shipping_locked(order=order, partner_id=partner_id)
            changed = []
            if shipping.shipped_at is None:
                shipping.shipped_at = timezone.now()
                changed.append("shipped_at")
            if carrier or tracking_reference:
                shipping.carrier = carrier
                shipping.tracking_reference = tracking_reference
                changed += ["carrier", "tracking_reference"]
            if changed:
                shipping.save(update_fields=changed)
        ids = [line.pk for line in shipped]
        transaction.on_commit(
            lambda ids=ids: notify_lines_shipped_task.delay(order.pk, ids)
        )


def _seller_shipping_locked(*, order: Order, partner_id: int) -> SellerShipping:
    """The seller's shipping row on the order, locked (made if the order
    predates them: no charge). The caller holds the order's lock."""
    shipping = (
        SellerShipping._default_manager.select_for_update()
        .filter(order=order, partner_id=partner_id)
        .first()
    )
    if shipping is None:
        lines = order.lines.filter(partner_id=partner_id)
        first = lines.first()
        shipping = SellerShipping._default_manager.create(
            order=order,
            partner_id=partner_id,
            partner_name=first.partner_name if first else "",
            subtotal=sum((line.line_price_incl_tax for line in lines), Decimal("0")),
            charge=Decimal("0.00"),
        )
    return shipping


def seller_shipping_tracking_set(
    *,
    order: Order,
    partner_id: int,
    carrier: str,
    tracking_reference: str,
    user=None,
) -> SellerShipping:
    """Set (or correct, or clear) the carrier and tracking reference of one
    seller's parcel on an order.

    Only for a seller with something on the order that ships. Sending the same
    values again changes nothing. When items of theirs are already on their
    way and the reference changes, the buyer is emailed the new one.
    """
    from shop.tasks import notify_lines_shipped_task

    carrier, tracking_reference = tracking_clean(
        carrier=carrier, tracking_reference=tracking_reference
    )
    with transaction.atomic():
        order = Order._default_manager.select_for_update().get(pk=order.pk)
        lines = list(
            order.lines.filter(partner_id=partner_id).select_related(
                "product__product_class", "product__parent"
            )
        )
        if not lines:
            raise ValidationError(_("You have nothing in this order."))
        if not any(
            line.product_id and line.product.is_shipping_required for line in lines
        ):
            raise ValidationError(_("Nothing of yours in this order is shipped."))
        shipping = _seller_shipping_locked(order=order, partner_id=partner_id)
        if (shipping.carrier, shipping.tracking_reference) == (
            carrier,
            tracking_reference,
        ):
            return shipping
        shipping.carrier = carrier
        shipping.tracking_reference = tracking_reference
        shipping.save(update_fields=["carrier", "tracking_reference"])
        OrderNote._default_manager.create(
            order=order,
            user=user if user and user.is_authenticated else None,
            message=(
                f"{lines[0].partner_name}: {carrier} {tracking_reference}".strip()
            ),
            note_type=OrderNote.SYSTEM,
        )
        on_their_way = [line.pk for line in lines if line.status == st.SHIPPED]
        if on_their_way and tracking_reference:
            transaction.on_commit(
                lambda: notify_lines_shipped_task.delay(order.pk, on_their_way)
            )
    return shipping


def _line_stock_follow(line, new_status: str) -> None:
    if not line.stockrecord_id or not line.num_allocated:
        return
    if new_status == st.CANCELLED:
        line.cancel_allocation(line.num_allocated)
    elif new_status in (st.SHIPPED, st.COMPLETED):
        line.consume_allocation(line.num_allocated)
