"""The seller's sales statement in the workspace: their orders, amounts and
statuses, monthly totals, and a CSV (streamed) for their accountant."""

from django.shortcuts import render

from shop.order.views import DateRangeForm, statement_context, statement_csv_response
from shop.workspace.access import seller_required


@seller_required
def statement(request):
    form = DateRangeForm(request.GET or None)
    filters = form.filters()
    partner_ids = [request.shop.pk]
    if request.GET.get("format") == "csv":
        return statement_csv_response(
            partner_ids=partner_ids,
            filters=filters,
            with_seller=False,
            name="statement",
        )
    context = statement_context(request, partner_ids=partner_ids, filters=filters)
    return render(
        request,
        "shop/workspace/orders/statement.html",
        {"form": form, "ws_section": "statement", **context},
    )
