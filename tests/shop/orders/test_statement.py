"""Staff's sales statement (every seller); sellers are sent to their own in
the workspace (tests/shop/workspace/test_statement.py)."""

import csv
import io
from decimal import Decimal

import pytest
from django.urls import reverse
from django.utils import translation

from shop.order.services import lines_status_change
from tests.shop.orders.bulk import orders_bulk


def statement_url() -> str:
    with translation.override("en"):
        return reverse("shop:statement")


def csv_rows(response) -> list[list[str]]:
    assert response.streaming
    body = b"".join(response.streaming_content).decode("utf-8-sig")
    return list(csv.reader(io.StringIO(body)))


def test_staff_see_every_seller_and_can_filter_by_one(
    client, staff, seller_a, two_seller_order
):
    client.force_login(staff)
    rows = client.get(statement_url()).context["rows"]
    assert {r.partner_name for r in rows} == {"Cerámica Ana", "Miel Karim"}
    assert {r.partner_name: r.total for r in rows} == {
        "Cerámica Ana": Decimal("28.90"),
        "Miel Karim": Decimal("31.00"),
    }
    response = client.get(statement_url(), {"partner": seller_a.pk})
    assert [r.partner_name for r in response.context["rows"]] == ["Cerámica Ana"]
    assert response.context["totals"].total == Decimal("28.90")


def test_staff_csv_is_streamed_with_the_seller_column(
    client, staff, seller_a, two_seller_order
):
    client.force_login(staff)
    rows = csv_rows(client.get(statement_url(), {"format": "csv"}))
    header, *body = rows
    assert header[:3] == ["Order", "Date", "Seller"]
    assert sorted(row[2] for row in body) == ["Cerámica Ana", "Miel Karim"]
    rows = csv_rows(
        client.get(statement_url(), {"format": "csv", "partner": seller_a.pk})
    )
    assert [row[2] for row in rows[1:]] == ["Cerámica Ana"]
    assert rows[1][-2] == "28.90"


def test_cancelled_lines_leave_the_statement_total(
    client, staff, two_seller_order, seller_a
):
    order = two_seller_order
    ids = list(order.lines.filter(partner=seller_a).values_list("pk", flat=True))
    lines_status_change(order=order, line_ids=ids, new_status="Cancelled")
    client.force_login(staff)
    response = client.get(statement_url(), {"partner": seller_a.pk})
    (row,) = response.context["rows"]
    assert row.total == Decimal("0.00")
    assert row.status == "Cancelled"
    (month,) = response.context["months"]
    assert (month.total, month.cancelled_total) == (Decimal("0.00"), Decimal("24.00"))


def test_a_seller_is_sent_to_their_workspace_statement(client, user_a, seller_b):
    client.force_login(user_a)
    response = client.get(
        statement_url(), {"date_from": "2026-01-01", "partner": seller_b.pk}
    )
    assert response.status_code == 302
    with translation.override("en"):
        assert response.url.startswith(reverse("shop:ws-statement"))
    assert "date_from=2026-01-01" in response.url
    assert "partner" not in response.url
    response = client.get(statement_url(), {"format": "csv"})
    assert response.status_code == 302  # never another seller's CSV


def test_users_without_a_shop_are_refused(client, user):
    client.force_login(user)
    assert client.get(statement_url()).status_code == 403


def test_a_shop_name_cannot_become_a_spreadsheet_formula(client, staff, seller_a):
    seller_a.name = '=HYPERLINK("http://evil.example","x")'
    seller_a.save()
    orders_bulk(partner=seller_a, n=1)
    client.force_login(staff)
    (row,) = csv_rows(client.get(statement_url(), {"format": "csv"}))[1:]
    assert row[2].startswith("'=")


@pytest.mark.parametrize(
    "params",
    [
        {"date_from": "2026-05-01", "date_to": "2026-01-01"},
        {"date_from": "nope"},
        {"partner": "999999"},
        {"partner": "abc"},
        {"page": "x"},
    ],
)
def test_odd_filters_never_500(client, staff, two_seller_order, params):
    client.force_login(staff)
    response = client.get(statement_url(), params)
    assert response.status_code == 200
    # An invalid filter filters nothing.
    assert len(response.context["rows"]) == 2


def test_the_staff_statement_pages_in_the_database(
    client, staff, seller_a, seller_b, django_assert_max_num_queries
):
    orders_bulk(partner=seller_a, n=3000, other=seller_b)
    client.force_login(staff)
    client.get(statement_url())
    with django_assert_max_num_queries(12):
        response = client.get(statement_url(), {"page": 7})
    assert len(response.context["rows"]) == 50
    assert response.context["page_obj"].paginator.count == 6000
    assert response.context["totals"].orders == 3000
