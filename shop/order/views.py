"""Sellers' sales statements (staff see every seller)."""

import csv
import datetime

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from shop.order.selectors import seller_statement

Partner = get_model("partner", "Partner")


class StatementFilterForm(forms.Form):
    date_from = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    partner = forms.ModelChoiceField(
        label=_("Seller"),
        queryset=Partner._default_manager.none(),
        required=False,
        empty_label=_("All sellers"),
    )

    def __init__(self, *args, partners, staff: bool, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["partner"].queryset = partners.order_by("name")
        if not staff and partners.count() < 2:
            del self.fields["partner"]

    def clean(self):
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            raise forms.ValidationError(_("The start date is after the end date."))
        return data


@login_required
def statement(request):
    """Orders, amounts and statuses per seller; CSV with ?format=csv."""
    staff = request.user.is_staff
    partners = (
        Partner._default_manager.all()
        if staff
        else Partner._default_manager.filter(users=request.user)
    )
    if not staff and not partners.exists():
        raise PermissionDenied
    form = StatementFilterForm(request.GET or None, partners=partners, staff=staff)
    partner_ids = None if staff else list(partners.values_list("pk", flat=True))
    date_from = date_to = None
    if form.is_bound and form.is_valid():
        date_from = form.cleaned_data["date_from"]
        date_to = form.cleaned_data["date_to"]
        if form.cleaned_data.get("partner"):
            partner_ids = [form.cleaned_data["partner"].pk]
    rows = seller_statement(
        partner_ids=partner_ids, date_from=date_from, date_to=date_to
    )
    if request.GET.get("format") == "csv":
        return _csv(rows)
    totals = {
        "lines": sum((row.lines_total for row in rows), 0),
        "shipping": sum((row.total - row.lines_total for row in rows), 0),
        "total": sum((row.total for row in rows), 0),
    }
    page = Paginator(rows, 50).get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return render(
        request,
        "shop/statement.html",
        {
            "form": form,
            "page": page,
            "rows": page.object_list,
            "totals": totals,
            "staff": staff,
            "query": query.urlencode(),
        },
    )


def _csv(rows) -> HttpResponse:
    today = datetime.date.today().isoformat()
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="statement-{today}.csv"'
    writer = csv.writer(response)
    writer.writerow(
        [
            _("Order"),
            _("Date"),
            _("Seller"),
            _("Items"),
            _("Lines"),
            _("Cancelled"),
            _("Shipping"),
            _("Total"),
            _("Status"),
        ]
    )
    for row in rows:
        writer.writerow(
            [
                row.number,
                row.date_placed.date().isoformat(),
                row.partner_name,
                row.items,
                row.lines_total,
                row.cancelled_total,
                row.total - row.lines_total,
                row.total,
                row.status_label,
            ]
        )
    return response
