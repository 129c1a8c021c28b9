"""The seller's statement in the workspace: their rows and amounts only,
monthly totals, a date filter, pages cut in the database, a streamed CSV."""

import csv
import datetime
import io
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from oscar.core.loading import get_model

from shop.order import status as st
from shop.order.services import lines_status_change
from tests.shop.orders.bulk import orders_bulk
from tests.shop.orders.conftest import (  # noqa: F401 (shops with shipping rates)
    seller_a_fixture,
    seller_b_fixture,
)

pytestmark = pytest.mark.django_db


Order = get_model("order", "Order")
Line = get_model("order", "Line")


def statement_url() -> str:
    with translation.override("en"):
        return reverse("shop:ws-statement")


def csv_rows(response) -> list[list[str]]:
    assert response.streaming
    assert response["Content-Type"].startswith("text/csv")
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(body)))


def test_each_seller_sees_only_their_rows_and_amounts(
    client, user_a, user_b, user_c, three_seller_order
):
    expected = {
        user_a: ("24.00", "4.90", "28.90"),
        user_b: ("28.00", "3.00", "31.00"),
        user_c: ("13.50", "2.50", "16.00"),
    }
    names = {"Cerámica Ana", "Miel Karim", "Conservas Xoán"}
    for user, (lines, shipping, total) in expected.items():
        client.force_login(user)
        response = client.get(statement_url())
        assert response.status_code == 200
        (row,) = response.context["rows"]
        assert (row.lines_total, row.shipping_due, row.total) == (
            Decimal(lines),
            Decimal(shipping),
            Decimal(total),
        )
        assert response.context["totals"].total == Decimal(total)
        page = response.content.decode()
        own = user.partners.get().name
        for other in names - {own}:
            assert other not in page
        header, *body = csv_rows(client.get(statement_url(), {"format": "csv"}))
        assert "Seller" not in header
        assert len(body) == 1
        assert body[0][0] == three_seller_order.number
        assert body[0][3:7] == [lines, "0.00", shipping, total]


def test_cancelled_lines_leave_the_totals(client, user_a, seller_a, two_seller_order):
    order = two_seller_order
    mug = order.lines.get(partner=seller_a)
    lines_status_change(order=order, line_ids=[mug.pk], new_status=st.CANCELLED)
    client.force_login(user_a)
    response = client.get(statement_url())
    (row,) = response.context["rows"]
    assert (row.total, row.status) == (Decimal("0.00"), st.CANCELLED)
    (month,) = response.context["months"]
    assert (month.lines_total, month.shipping, month.cancelled_total) == (
        Decimal("0.00"),
        Decimal("0.00"),
        Decimal("24.00"),
    )


def _placed(order, when: datetime.datetime):
    Order.objects.filter(pk=order.pk).update(date_placed=when)


def test_monthly_totals_add_up_in_the_sites_time_zone(
    client, user_a, seller_a, seller_b
):
    ids = orders_bulk(partner=seller_a, n=3, other=seller_b)
    orders = list(Order.objects.filter(pk__in=ids).order_by("pk"))
    utc = datetime.UTC
    # 31 January 23:30 UTC is 1 February in Madrid.
    _placed(orders[0], datetime.datetime(2026, 1, 31, 23, 30, tzinfo=utc))
    _placed(orders[1], datetime.datetime(2026, 1, 10, 12, 0, tzinfo=utc))
    _placed(orders[2], datetime.datetime(2025, 12, 5, 12, 0, tzinfo=utc))
    Line.objects.filter(partner=seller_a).update(status=st.PAID)
    client.force_login(user_a)
    response = client.get(statement_url())
    months = {m.month.isoformat(): m for m in response.context["months"]}
    assert list(months) == ["2026-02-01", "2026-01-01", "2025-12-01"]
    rows = response.context["rows"]
    by_month: dict = {}
    for row in rows:
        key = timezone.localtime(row.date_placed).date().replace(day=1).isoformat()
        by_month.setdefault(key, Decimal("0"))
        by_month[key] += row.total
    assert {k: m.total for k, m in months.items()} == by_month
    assert all(m.orders == 1 for m in months.values())
    assert response.context["totals"].total == sum(r.total for r in rows)
    assert response.context["totals"].shipping == Decimal("10.50")  # 3 × 3.50


def test_totals_match_the_rows_whatever_the_statuses(
    client, user_a, seller_a, seller_b
):
    orders_bulk(partner=seller_a, n=40, other=seller_b, lines_per_order=3)
    client.force_login(user_a)
    response = client.get(statement_url())
    totals = response.context["totals"]
    rows = csv_rows(client.get(statement_url(), {"format": "csv"}))[1:]
    assert len(rows) == 40
    # Order, Date, Items, Lines, Cancelled, Shipping, Total, Status
    assert sum(Decimal(row[6]) for row in rows) == totals.total
    assert sum(Decimal(row[5]) for row in rows) == totals.shipping
    assert sum(Decimal(row[3]) for row in rows) == totals.lines_total
    assert sum(Decimal(row[4]) for row in rows) == totals.cancelled_total
    assert sum(int(row[2]) for row in rows) == totals.items


def test_the_date_filter_applies_to_rows_months_and_csv(
    client, user_a, two_seller_order
):
    client.force_login(user_a)
    tomorrow = (timezone.localdate() + datetime.timedelta(days=1)).isoformat()
    response = client.get(statement_url(), {"date_from": tomorrow})
    assert response.context["rows"] == [] and response.context["months"] == []
    assert "No sales in this period" in response.content.decode()
    rows = csv_rows(
        client.get(statement_url(), {"date_from": tomorrow, "format": "csv"})
    )
    assert len(rows) == 1  # the header
    today = timezone.localdate().isoformat()
    response = client.get(statement_url(), {"date_from": today, "date_to": today})
    assert len(response.context["rows"]) == 1


@pytest.mark.parametrize(
    "params",
    [
        {"date_from": "2026-05-01", "date_to": "2026-01-01"},
        {"date_from": "31/31/2026"},
        {"date_to": "x" * 5000},
        {"page": "-3"},
        {"format": "pdf"},
    ],
)
def test_odd_filters_are_explained_never_a_500(
    client, user_a, two_seller_order, params
):
    client.force_login(user_a)
    response = client.get(statement_url(), params)
    assert response.status_code == 200
    if "date_from" in params or "date_to" in params:
        assert response.context["form"].errors
    assert len(response.context["rows"]) == 1  # an invalid filter filters nothing


def test_nul_in_the_filter_is_refused(client, user_a, two_seller_order):
    client.force_login(user_a)
    response = client.get(statement_url() + "?date_from=2026%00-01-01")
    assert response.status_code in (200, 400)


def test_the_statement_pages_in_the_database_with_5000_orders(
    client, user_a, seller_a, seller_b, django_assert_max_num_queries
):
    orders_bulk(partner=seller_a, n=5000, other=seller_b, lines_per_order=2)
    client.force_login(user_a)
    client.get(statement_url())
    for params in ({}, {"page": 60}, {"date_from": "2020-01-01"}):
        with django_assert_max_num_queries(12):
            response = client.get(statement_url(), params)
        assert len(response.context["rows"]) == 50
    assert response.context["page_obj"].paginator.count == 5000
    assert response.context["totals"].orders == 5000
    assert len(response.context["months"]) >= 12
    with django_assert_max_num_queries(6):
        rows = csv_rows(client.get(statement_url(), {"format": "csv"}))
    assert len(rows) == 5001
