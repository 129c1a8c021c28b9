"""Writes on orders: notifications after checkout and sellers moving lines."""

from collections.abc import Sequence

from django.db import transaction
from django.utils.translation import gettext as _
from oscar.core.loading import get_class, get_model

from shop.order import status as st

Order = get_model("order", "Order")
Line = get_model("order", "Line")
OrderNote = get_model("order", "OrderNote")
InvalidLineStatus = get_class("order.exceptions", "InvalidLineStatus")


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


def lines_status_change(
    *, order: Order, line_ids: Sequence[int], new_status: str, user=None
) -> list:
    """Move lines of `order` to `new_status` along the line pipeline.

    Cancelling releases the lines' stock allocation; shipping or completing
    consumes it (the stock leaves the shelf). Refuses the whole change if any
    line cannot make the move. Emails the buyer when lines ship.
    """
    with transaction.atomic():
        order = Order._default_manager.select_for_update().get(pk=order.pk)
        lines = list(
            Line._default_manager.select_for_update(of=("self",))
            .select_related("stockrecord", "product__product_class", "product__parent")
            .filter(order=order, pk__in=line_ids)
            .order_by("pk")
        )
        if not lines or len(lines) != len(set(line_ids)):
            raise InvalidLineStatus(_("Some of these lines are not in this order."))
        for line in lines:
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
        OrderNote._default_manager.create(
            order=order,
            user=user if user and user.is_authenticated else None,
            message="\n".join(notes),
            note_type=OrderNote.SYSTEM,
        )
        order_status_sync(order=order)
        if new_status == st.SHIPPED:
            from shop.tasks import notify_lines_shipped_task

            shipped = [line.pk for line in lines]
            transaction.on_commit(
                lambda: notify_lines_shipped_task.delay(order.pk, shipped)
            )
    return lines


def _line_stock_follow(line, new_status: str) -> None:
    if not line.stockrecord_id or not line.num_allocated:
        return
    if new_status == st.CANCELLED:
        line.cancel_allocation(line.num_allocated)
    elif new_status in (st.SHIPPED, st.COMPLETED):
        line.consume_allocation(line.num_allocated)
