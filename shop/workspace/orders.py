"""The seller's orders in the workspace: the orders holding their items, and
on each only their items, their shipping and (when something of theirs
ships) the buyer's address. Sellers move their items through the statuses,
give the carrier and tracking reference, and print a packing slip.

Everything is read through `request.shop`: another seller's order number or
item id finds nothing (404, or a form error that changes nothing).
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST
from oscar.core.loading import get_class, get_model

from shop.order import status as st
from shop.order.selectors import (
    StatementRow,
    seller_order_counts,
    seller_order_get,
    seller_order_part,
    seller_order_rows,
)
from shop.order.services import (
    CARRIER_MAX,
    TRACKING_MAX,
    lines_status_change,
    seller_shipping_tracking_set,
)
from shop.order.views import DateRangeForm
from shop.workspace.access import seller_required

Line = get_model("order", "Line")
InvalidLineStatus = get_class("order.exceptions", "InvalidLineStatus")

PAGE_SIZE = 25

# The list's filters (shop.order.selectors.ORDER_FILTERS), by what is to do.
STATUS_FILTERS = [
    ("", gettext_lazy("All")),
    ("awaiting", gettext_lazy("Awaiting payment")),
    ("paid", gettext_lazy("To ship")),
    ("shipped", gettext_lazy("Shipped")),
    ("completed", gettext_lazy("Completed")),
    ("cancelled", gettext_lazy("Cancelled")),
]

# What the buttons for each move say.
MOVE_LABELS = {
    st.PAID: gettext_lazy("Mark as paid"),
    st.SHIPPED: gettext_lazy("Mark as shipped"),
    st.COMPLETED: gettext_lazy("Mark as completed"),
}


class OrderFilterForm(DateRangeForm):
    status = forms.ChoiceField(
        label=gettext_lazy("Status"), choices=STATUS_FILTERS, required=False
    )
    number = forms.CharField(
        label=gettext_lazy("Order number"), max_length=128, required=False
    )

    def filters(self) -> dict:
        filters = super().filters()
        data = getattr(self, "cleaned_data", {})
        for key in ("status", "number"):
            if data.get(key):
                filters[key] = data[key]
        return filters


class TrackingForm(forms.Form):
    carrier = forms.CharField(
        label=gettext_lazy("Carrier"),
        max_length=CARRIER_MAX,
        required=False,
        help_text=gettext_lazy("For example Correos, CTT, SEUR, GLS."),
    )
    tracking_reference = forms.CharField(
        label=gettext_lazy("Tracking reference"),
        max_length=TRACKING_MAX,
        required=False,
        help_text=gettext_lazy("The number, or the tracking link, the buyer will see."),
    )


class LinesForm(TrackingForm):
    """Move some of the seller's items; the carrier and tracking reference go
    with "Mark as shipped"."""

    lines = forms.TypedMultipleChoiceField(
        label=gettext_lazy("Items"),
        coerce=int,
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": gettext_lazy("Choose at least one item."),
            "invalid_choice": gettext_lazy(
                "Some of these items are not yours or cannot change any more."
            ),
        },
    )
    new_status = forms.ChoiceField(
        label=gettext_lazy("New status"),
        choices=[(status, st.status_label(status)) for status in Line.all_statuses()],
        error_messages={
            "required": gettext_lazy("Choose what to do with the items."),
            "invalid_choice": gettext_lazy("Choose what to do with the items."),
        },
    )

    def __init__(self, *args, part, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["lines"].choices = [
            (line.pk, line.title) for line in part.movable_lines
        ]

    def clean(self):
        data = super().clean()
        tracking = data.get("carrier") or data.get("tracking_reference")
        if tracking and data.get("new_status") not in (None, st.SHIPPED):
            raise forms.ValidationError(
                _(
                    "Add a carrier and tracking reference when you mark items as shipped."
                )
            )
        return data


def _order_part(request, number):
    """The seller's order and their part of it, or 404."""
    order = seller_order_get(partner_id=request.shop.pk, number=number)
    if order is None:
        raise Http404
    part = seller_order_part(order=order, partner_id=request.shop.pk)
    if part is None:
        raise Http404
    return order, part


@seller_required
def order_list(request):
    form = OrderFilterForm(request.GET or None)
    filters = form.filters()
    status = filters.pop("status", "")
    rows = seller_order_rows(partner_id=request.shop.pk, status=status, **filters)
    counts = seller_order_counts(partner_id=request.shop.pk, **filters)
    paginator = Paginator(rows, PAGE_SIZE)
    paginator.count = counts[status or "all"]  # counted with the tabs
    page = paginator.get_page(request.GET.get("page"))
    query = request.GET.copy()
    for key in ("page", "status"):
        query.pop(key, None)
    base = query.urlencode()
    tabs = [
        {
            "key": key,
            "label": label,
            "count": counts["all" if not key else key],
            "current": key == status,
            "query": "&".join(p for p in (base, f"status={key}" if key else "") if p),
        }
        for key, label in STATUS_FILTERS
    ]
    querystring = request.GET.copy()
    querystring.pop("page", None)
    return render(
        request,
        "shop/workspace/orders/list.html",
        {
            "ws_section": "orders",
            "form": form,
            "status": status,
            "tabs": tabs,
            "page_obj": page,
            "rows": [StatementRow.from_values(values) for values in page.object_list],
            "querystring": querystring.urlencode(),
            "filtered": bool(filters or status),
        },
    )


def _detail(request, order, part, *, lines_form=None, tracking_form=None):
    ships = part.requires_shipping
    can_ship = ships and st.SHIPPED in part.next_statuses
    moves = [
        (status, MOVE_LABELS[status])
        for status in part.next_statuses
        if status in MOVE_LABELS and (status != st.SHIPPED or can_ship)
    ]
    if lines_form is None:
        lines_form = LinesForm(
            part=part, initial={"lines": [line.pk for line in part.movable_lines]}
        )
    if tracking_form is None:
        tracking_form = TrackingForm(
            initial={
                "carrier": part.carrier,
                "tracking_reference": part.tracking_reference,
            },
            prefix="tracking",
        )
    if lines_form.is_bound:
        checked = set(lines_form.data.getlist("lines"))
    else:
        checked = {str(pk) for pk in lines_form.initial["lines"]}
    return render(
        request,
        "shop/workspace/orders/detail.html",
        {
            "ws_section": "orders",
            "order": order,
            "part": part,
            "ships": ships,
            "show_address": ships and order.shipping_address is not None,
            "moves": moves,
            "can_ship": can_ship,
            "can_cancel": st.CANCELLED in part.next_statuses,
            "checked": checked,
            "lines_form": lines_form,
            "tracking_form": tracking_form,
        },
    )


@seller_required
def order_detail(request, number):
    order, part = _order_part(request, number)
    return _detail(request, order, part)


@require_POST
@seller_required
def order_lines(request, number):
    """Move the chosen items of the seller's part to a new status."""
    order, part = _order_part(request, number)
    form = LinesForm(request.POST, part=part)
    if not form.is_valid():
        return _detail(request, order, part, lines_form=form)
    new_status = form.cleaned_data["new_status"]
    try:
        lines = lines_status_change(
            order=order,
            line_ids=form.cleaned_data["lines"],
            new_status=new_status,
            user=request.user,
            partner_id=request.shop.pk,
            carrier=form.cleaned_data["carrier"],
            tracking_reference=form.cleaned_data["tracking_reference"],
        )
    except (InvalidLineStatus, ValidationError) as exc:
        messages.error(request, " ".join(_messages(exc)))
        return redirect("shop:ws-order", number=order.number)
    messages.success(
        request,
        ngettext(
            "%(count)d item is now: %(status)s.",
            "%(count)d items are now: %(status)s.",
            len(lines),
        )
        % {"count": len(lines), "status": st.status_label(new_status)},
    )
    return redirect("shop:ws-order", number=order.number)


@require_POST
@seller_required
def order_tracking(request, number):
    """Set or correct the carrier and tracking reference of the seller's parcel."""
    order, part = _order_part(request, number)
    form = TrackingForm(request.POST, prefix="tracking")
    if not form.is_valid():
        return _detail(request, order, part, tracking_form=form)
    try:
        seller_shipping_tracking_set(
            order=order,
            partner_id=request.shop.pk,
            carrier=form.cleaned_data["carrier"],
            tracking_reference=form.cleaned_data["tracking_reference"],
            user=request.user,
        )
    except ValidationError as exc:
        messages.error(request, " ".join(_messages(exc)))
    else:
        messages.success(request, _("Tracking details saved."))
    return redirect("shop:ws-order", number=order.number)


@seller_required
def order_packing_slip(request, number):
    """A PDF to put in the parcel: the seller's items only."""
    from shop.sellers.packing_slip import packing_slip_pdf_render

    order, part = _order_part(request, number)
    pdf = packing_slip_pdf_render(order=order, part=part, partner=request.shop)
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'inline; filename="packing-slip-{_safe(order.number)}.pdf"'
    )
    return response


def _safe(value: str) -> str:
    return "".join(c for c in value if c.isalnum() or c in "-_") or "order"


def _messages(exc) -> list[str]:
    if isinstance(exc, ValidationError):
        return [str(message) for message in exc.messages]
    return [str(exc)]
