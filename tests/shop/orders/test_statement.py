"""Sellers' sales statements: their orders, amounts and statuses only."""

import datetime
from decimal import Decimal

from django.urls import reverse

from shop.order.services import lines_status_change


def test_seller_statement_has_their_lines_and_shipping(
    client, user_a, user_b, two_seller_order
):
    client.force_login(user_b)
    response = client.get(reverse("shop:statement"))
    assert response.status_code == 200
    (row,) = response.context["rows"]
    assert row.number == two_seller_order.number
    assert (row.lines_total, row.shipping, row.total) == (
        Decimal("28.00"),
        Decimal("3.00"),
        Decimal("31.00"),
    )
    page = response.content.decode()
    assert "Cerámica Ana" not in page


def test_cancelled_lines_leave_the_statement_total(
    client, user_a, two_seller_order, seller_a
):
    order = two_seller_order
    ids = list(order.lines.filter(partner=seller_a).values_list("pk", flat=True))
    lines_status_change(order=order, line_ids=ids, new_status="Cancelled")
    client.force_login(user_a)
    (row,) = client.get(reverse("shop:statement")).context["rows"]
    assert row.total == Decimal("0.00")
    assert row.status == "Cancelled"


def test_statement_date_filter_and_csv(client, user_a, two_seller_order):
    client.force_login(user_a)
    tomorrow = (datetime.date.today() + datetime.timedelta(days=1)).isoformat()
    response = client.get(reverse("shop:statement"), {"date_from": tomorrow})
    assert list(response.context["rows"]) == []
    csv = client.get(reverse("shop:statement"), {"format": "csv"})
    assert csv["Content-Type"].startswith("text/csv")
    lines = csv.content.decode().strip().splitlines()
    assert len(lines) == 2
    assert two_seller_order.number in lines[1] and "28.90" in lines[1]


def test_staff_see_every_seller_and_can_filter_by_one(
    client, staff, seller_a, two_seller_order
):
    client.force_login(staff)
    rows = client.get(reverse("shop:statement")).context["rows"]
    assert {r.partner_name for r in rows} == {"Cerámica Ana", "Miel Karim"}
    rows = client.get(reverse("shop:statement"), {"partner": seller_a.pk}).context[
        "rows"
    ]
    assert [r.partner_name for r in rows] == ["Cerámica Ana"]


def test_a_seller_cannot_pick_another_seller(
    client, user_a, seller_b, two_seller_order
):
    client.force_login(user_a)
    rows = client.get(reverse("shop:statement"), {"partner": seller_b.pk}).context[
        "rows"
    ]
    assert {r.partner_name for r in rows} == {"Cerámica Ana"}


def test_users_without_a_shop_are_refused(client, user):
    client.force_login(user)
    assert client.get(reverse("shop:statement")).status_code == 403
