"""Oscar's orders dashboard, where each seller sees and moves only their lines.

Staff see and act on everything, as in Oscar. A seller (non-staff partner
user) sees the orders that have their lines; on an order they see only their
lines and their shipping, and the buyer's address only if their lines ship.
Order-level actions (status, notes, payment events), shipping-address edits
and other sellers' lines are refused.
"""

from decimal import Decimal

from django.contrib import messages
from django.db.models import Count, Sum
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from oscar.apps.dashboard.orders import views
from oscar.core.loading import get_class, get_model

from shop.order import status as st
from shop.order.selectors import order_lines_by_seller
from shop.order.services import lines_status_change

Partner = get_model("partner", "Partner")
Order = get_model("order", "Order")
Line = get_model("order", "Line")
InvalidLineStatus = get_class("order.exceptions", "InvalidLineStatus")

queryset_orders_for_user = views.queryset_orders_for_user
get_order_for_user_or_404 = views.get_order_for_user_or_404

STAFF_ONLY = _("Only staff can do this; sellers change the status of their lines.")


def is_seller(user) -> bool:
    return not user.is_staff


def seller_partner_ids(user) -> list[int]:
    return list(
        Partner._default_manager.filter(users=user).values_list("pk", flat=True)
    )


def seller_totals(orders, partner_ids) -> dict:
    """Per order: the seller's items, amount and line statuses, in one query."""
    rows = (
        Line._default_manager.filter(order__in=orders, partner_id__in=partner_ids)
        .values_list("order_id", "quantity", "line_price_incl_tax", "status")
        .order_by()
    )
    totals: dict = {}
    for order_id, quantity, price, status in rows:
        entry = totals.setdefault(
            order_id, {"items": 0, "amount": Decimal("0.00"), "statuses": []}
        )
        entry["items"] += quantity
        entry["amount"] += price
        entry["statuses"].append(status)
    for entry in totals.values():
        entry["status"] = st.seller_status(entry["statuses"])
        entry["status_label"] = st.status_label(entry["status"])
    return totals


class OrderStatsView(views.OrderStatsView):
    def get_stats(self, filters):
        if not is_seller(self.request.user):
            return super().get_stats(filters)
        orders = queryset_orders_for_user(self.request.user).filter(**filters)
        lines = Line._default_manager.filter(
            order__in=orders, partner_id__in=seller_partner_ids(self.request.user)
        )
        return {
            "total_orders": orders.count(),
            "total_lines": lines.count(),
            "total_revenue": lines.exclude(status=st.CANCELLED).aggregate(
                total=Sum("line_price_incl_tax")
            )["total"]
            or Decimal("0.00"),
            # Their lines by status: other sellers' progress is not theirs to see.
            "order_status_breakdown": lines.order_by("status")
            .values("status")
            .annotate(freq=Count("id")),
        }


class OrderListView(views.OrderListView):
    def get_actions(self):
        actions = super().get_actions()
        if is_seller(self.request.user):
            actions.pop("change_order_statuses", None)
        return actions

    def get_template_names(self):
        if is_seller(self.request.user):
            return ["oscar/dashboard/orders/seller_order_list.html"]
        return super().get_template_names()

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        if is_seller(self.request.user):
            orders = list(ctx["object_list"])
            totals = seller_totals(orders, seller_partner_ids(self.request.user))
            for order in orders:
                order.seller = totals.get(order.pk, {})
            ctx["orders"] = orders
        return ctx

    def download_selected_orders(self, request, orders):
        if is_seller(request.user):
            self._seller_totals = seller_totals(
                list(orders), seller_partner_ids(request.user)
            )
        return super().download_selected_orders(request, orders)

    def get_row_values(self, order):
        row = super().get_row_values(order)
        if is_seller(self.request.user):
            mine = getattr(self, "_seller_totals", {}).get(order.pk, {})
            row["value"] = mine.get("amount", Decimal("0.00"))
            row["num_items"] = mine.get("items", 0)
            row["status"] = mine.get("status", "")
            if not order.shipping_address:
                row.pop("shipping_address_name", None)
            row.pop("billing_address_name", None)
        return row

    def change_order_status(self, request, order):
        if is_seller(request.user):
            messages.error(request, STAFF_ONLY)
            return None
        return super().change_order_status(request, order)


class OrderDetailView(views.OrderDetailView):
    seller_line_actions = ("change_line_statuses",)

    def dispatch(self, request, *args, **kwargs):
        # Notes (and their edit URL) are the order's internal log: staff only.
        if (
            request.user.is_authenticated
            and is_seller(request.user)
            and "note_id" in kwargs
        ):
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_order_lines(self):
        lines = super().get_order_lines()
        if is_seller(self.request.user):
            lines = lines.filter(partner_id__in=seller_partner_ids(self.request.user))
        return lines

    def handle_order_action(self, request, order, action):
        if is_seller(request.user):
            return self.reload_page(error=STAFF_ONLY)
        return super().handle_order_action(request, order, action)

    def handle_line_action(self, request, order, action):
        if is_seller(request.user) and action not in self.seller_line_actions:
            return self.reload_page(error=STAFF_ONLY)
        return super().handle_line_action(request, order, action)

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

    def get_template_names(self):
        if is_seller(self.request.user):
            return ["oscar/dashboard/orders/seller_order_detail.html"]
        return super().get_template_names()

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        if is_seller(self.request.user):
            groups = order_lines_by_seller(
                self.object, partner_ids=seller_partner_ids(self.request.user)
            )
            ctx["groups"] = groups
            ctx["show_address"] = any(g.requires_shipping for g in groups)
            ctx["next_statuses"] = sorted(
                {s for line in ctx["lines"] for s in line.available_statuses()},
                key=list(Line.pipeline).index,
            )
        else:
            ctx["groups"] = order_lines_by_seller(self.object)
        ctx["status_labels"] = st.LABELS
        return ctx


class LineDetailView(views.LineDetailView):
    def get_object(self, queryset=None):
        line = super().get_object(queryset)
        if is_seller(self.request.user) and line.partner_id not in seller_partner_ids(
            self.request.user
        ):
            raise Http404
        return line


class ShippingAddressUpdateView(views.ShippingAddressUpdateView):
    def get_object(self, queryset=None):
        # The buyer's address is changed by staff only.
        if is_seller(self.request.user):
            raise Http404
        return super().get_object(queryset)
