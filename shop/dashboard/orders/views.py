"""Oscar's orders dashboard for staff: statuses shown in the reader's language,
line statuses moved through shop.order.services (stock and the order's status
follow the lines), and tampered line actions refused with a message."""

from django.contrib import messages
from django.utils.translation import gettext_lazy as _
from oscar.apps.dashboard.orders import views
from oscar.apps.order import exceptions as order_exceptions
from oscar.apps.payment.exceptions import PaymentError
from oscar.core.loading import get_class, get_model

from shop.order import status as st
from shop.order.services import lines_status_change

Order = get_model("order", "Order")
OrderNote = get_model("order", "OrderNote")
InvalidLineStatus = get_class("order.exceptions", "InvalidLineStatus")

NOT_VALID = _("The new status '%s' is not valid")


class OrderListView(views.OrderListView):
    def get_search_filter_descriptions(self):
        descriptions = super().get_search_filter_descriptions()
        status = self.form.cleaned_data.get("status") if self.form.is_valid() else ""
        if status:
            raw = _("Order status is {order_status}").format(order_status=status)
            shown = _("Order status is {order_status}").format(
                order_status=st.status_label(status)
            )
            descriptions = [shown if d == raw else d for d in descriptions]
        return descriptions

    def get_row_values(self, order):
        row = super().get_row_values(order)
        row["status"] = st.status_label(order.status)
        return row

    def change_order_status(self, request, order):
        new_status = request.POST.get("new_status", "").strip()
        if new_status not in order.available_statuses():
            messages.error(request, NOT_VALID % st.status_label(new_status))
            return None
        old_status = order.status
        handler = self.get_handler(user=request.user)
        try:
            handler.handle_order_status_change(order, new_status)
        except PaymentError as exc:
            messages.error(
                request,
                _("Unable to change order status due to payment error: %s") % exc,
            )
            return None
        msg = _("Order status changed from '%(old_status)s' to '%(new_status)s'") % {
            "old_status": st.status_label(old_status),
            "new_status": st.status_label(new_status),
        }
        messages.info(request, msg)
        order.notes.create(user=request.user, message=msg, note_type=OrderNote.SYSTEM)
        return None


class OrderDetailView(views.OrderDetailView):
    def handle_line_action(self, request, order, action):
        # Oscar runs int() on each quantity: a missing one was a TypeError.
        for line_id in request.POST.getlist("selected_line"):
            quantity = request.POST.get(f"selected_line_qty_{line_id}", "").strip()
            if not quantity.isdigit():
                error = _("The entered quantity for line #%s is not valid")
                return self.reload_page(error=error % line_id)
        return super().handle_line_action(request, order, action)

    def delete_note(self, request, order):
        if not str(request.POST.get("note_id", "")).isdigit():
            return self.reload_page(error=_("Note cannot be deleted"))
        return super().delete_note(request, order)

    def change_line_statuses(self, request, order, lines, quantities):
        new_status = request.POST.get("new_status", "").strip()
        try:
            lines_status_change(
                order=order,
                line_ids=[line.pk for line in lines],
                new_status=new_status,
                user=request.user,
            )
        except InvalidLineStatus as exc:
            return self.reload_page(error=str(exc))
        messages.success(
            request,
            _("%(count)d line(s) are now: %(status)s")
            % {"count": len(lines), "status": st.status_label(new_status)},
        )
        return self.reload_page()

    def change_order_status(self, request, order):
        form = self.get_order_status_form()
        if not form.is_valid():
            return self.reload_page(error=_("Invalid form submission"))
        old_status, new_status = order.status, form.cleaned_data["new_status"]
        note = _("Order status changed from '%(old_status)s' to '%(new_status)s'") % {
            "old_status": st.status_label(old_status),
            "new_status": st.status_label(new_status),
        }
        try:
            self.get_handler(user=request.user).handle_order_status_change(
                order, new_status, note_msg=note
            )
        except PaymentError as exc:
            messages.error(
                request,
                _("Unable to change order status due to payment error: %s") % exc,
            )
        except order_exceptions.InvalidOrderStatus:
            messages.error(
                request,
                _(
                    "Unable to change order status as the requested "
                    "new status is not valid"
                ),
            )
        else:
            messages.info(request, note)
        return self.reload_page()

    def create_shipping_event(self, request, order, lines, quantities):
        if not request.POST.get("shipping_event_type"):
            return self.reload_page(error=_("Choose an event type."))
        return super().create_shipping_event(request, order, lines, quantities)
