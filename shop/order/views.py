"""Sales statements: staff see every seller here; sellers have theirs in the
workspace (shop.workspace.statement), from the same selector.

Rows are grouped and paginated in the database, and the CSV is streamed, so
a statement of any length costs the same memory.
"""

import csv
import datetime
from collections.abc import Iterator

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import StreamingHttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from shop.marketplace.sellers import shop_of
from shop.order.selectors import (
    StatementRow,
    seller_statement,
    seller_statement_count,
    seller_statement_months,
    statement_months_total,
)

Partner = get_model("partner", "Partner")

PAGE_SIZE = 50
CSV_CHUNK_ROWS = 500
# Spreadsheets run cells starting with these as formulas.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class DateRangeForm(forms.Form):
    date_from = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    date_to = forms.DateField(
        label=_("To"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def clean(self):
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            raise forms.ValidationError(_("The start date is after the end date."))
        return data

    def filters(self) -> dict:
        """The valid filters (an invalid field filters nothing)."""
        if not self.is_bound:
            return {}
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        if self.non_field_errors():
            return {}
        return {
            key: data[key]
            for key in ("date_from", "date_to")
            if data.get(key) is not None
        }


class StatementFilterForm(DateRangeForm):
    partner = forms.ModelChoiceField(
        label=_("Seller"),
        queryset=Partner._default_manager.none(),
        required=False,
        empty_label=_("All sellers"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["partner"].queryset = Partner._default_manager.order_by("name")


def statement_context(request, *, partner_ids, filters: dict) -> dict:
    """The page of rows, the monthly totals and the period's totals."""
    rows = seller_statement(partner_ids=partner_ids, **filters)
    paginator = Paginator(rows, PAGE_SIZE)
    # Counted without adding anything up (cheaper than counting the rows).
    paginator.count = seller_statement_count(partner_ids=partner_ids, **filters)
    page = paginator.get_page(request.GET.get("page"))
    months = seller_statement_months(partner_ids=partner_ids, **filters)
    query = request.GET.copy()
    query.pop("page", None)
    query.pop("format", None)
    return {
        "page_obj": page,
        "rows": [StatementRow.from_values(values) for values in page.object_list],
        "months": months,
        "totals": statement_months_total(months),
        "querystring": query.urlencode(),
    }


def _cell(value) -> str:
    value = str(value)
    return "'" + value if value.startswith(_FORMULA_START) else value


class _Echo:
    def write(self, value):
        return value


def statement_csv_response(
    *, partner_ids, filters: dict, with_seller: bool, name: str
) -> StreamingHttpResponse:
    """The statement as CSV, streamed from a database cursor in chunks: the
    memory it takes does not grow with the number of rows."""
    language = translation.get_language()

    def lines() -> Iterator[str]:
        writer = csv.writer(_Echo())
        with translation.override(language):
            header = [gettext("Order"), gettext("Date")]
            if with_seller:
                header.append(gettext("Seller"))
            header += [
                gettext("Items"),
                gettext("Lines"),
                gettext("Cancelled"),
                gettext("Shipping"),
                gettext("Total"),
                gettext("Status"),
            ]
            yield "\ufeff" + writer.writerow(header)  # BOM: Excel reads UTF-8
            chunk = []
            rows = seller_statement(partner_ids=partner_ids, **filters)
            for values in rows.iterator(chunk_size=2000):
                row = StatementRow.from_values(values)
                cells = [_cell(row.number), row.date_placed.date().isoformat()]
                if with_seller:
                    cells.append(_cell(row.partner_name))
                cells += [
                    row.items,
                    row.lines_total,
                    row.cancelled_total,
                    row.shipping_due,
                    row.total,
                    row.status_label,
                ]
                chunk.append(writer.writerow(cells))
                if len(chunk) >= CSV_CHUNK_ROWS:
                    yield "".join(chunk)
                    chunk = []
            if chunk:
                yield "".join(chunk)

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    today = datetime.date.today().isoformat()
    response["Content-Disposition"] = f'attachment; filename="{name}-{today}.csv"'
    return response


@login_required
def statement(request):
    """Every seller's orders, amounts and statuses, for staff; CSV with
    ?format=csv. Sellers have theirs in the workspace."""
    if not request.user.is_staff:
        if shop_of(request.user) is None:
            raise PermissionDenied
        url = reverse("shop:ws-statement")
        query = request.GET.copy()
        query.pop("partner", None)
        return redirect(f"{url}?{query.urlencode()}" if query else url)
    form = StatementFilterForm(request.GET or None)
    filters = form.filters()
    partner_ids = None
    if form.is_bound and not form.errors.get("partner"):
        partner = form.cleaned_data.get("partner")
        if partner is not None:
            partner_ids = [partner.pk]
    if request.GET.get("format") == "csv":
        return statement_csv_response(
            partner_ids=partner_ids,
            filters=filters,
            with_seller=True,
            name="statement",
        )
    context = statement_context(request, partner_ids=partner_ids, filters=filters)
    return render(request, "shop/statement.html", {"form": form, **context})
