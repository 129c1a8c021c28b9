"""The workspace's order list: filters, search, dates, pages, and a fixed
number of queries with 5,000 orders."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from oscar.core.loading import get_model

from shop.order import status as st
from tests.shop.orders.bulk import orders_bulk
from tests.shop.orders.conftest import (  # noqa: F401 (shops with shipping rates)
    seller_a_fixture,
    seller_b_fixture,
)

pytestmark = pytest.mark.django_db


Order = get_model("order", "Order")
Line = get_model("order", "Line")


def orders_url() -> str:
    with translation.override("en"):
        return reverse("shop:ws-orders")


def numbers(response) -> list[str]:
    return [row.number for row in response.context["rows"]]


@pytest.fixture
def ten_orders(seller_a, seller_b):
    """Ten orders of A, each with one line of A in the statuses in turn
    (awaiting, paid, shipped, completed, cancelled, ...) and one of B."""
    ids = orders_bulk(partner=seller_a, n=10, other=seller_b, months=10)
    return list(Order.objects.filter(pk__in=ids).order_by("-date_placed"))


@pytest.mark.parametrize(
    "status, expected",
    [
        ("", 10),
        ("awaiting", 2),
        ("paid", 2),
        ("shipped", 2),
        ("completed", 2),
        ("cancelled", 2),
        ("nonsense", 10),
    ],
)
def test_status_filters_follow_the_sellers_own_lines(
    client, user_a, ten_orders, status, expected
):
    client.force_login(user_a)
    response = client.get(orders_url(), {"status": status})
    assert response.status_code == 200
    assert len(numbers(response)) == expected
    wanted = {
        "awaiting": st.AWAITING_PAYMENT,
        "paid": st.PAID,
        "shipped": st.SHIPPED,
        "completed": st.COMPLETED,
        "cancelled": st.CANCELLED,
    }.get(status)
    if wanted:
        assert {row.status for row in response.context["rows"]} == {wanted}
    tabs = {tab["key"]: tab["count"] for tab in response.context["tabs"]}
    assert tabs == {
        "": 10,
        "awaiting": 2,
        "paid": 2,
        "shipped": 2,
        "completed": 2,
        "cancelled": 2,
    }


def test_b_sees_only_their_statuses(client, user_b, seller_a, seller_b):
    """B's line on A's paid orders is awaiting: B's "to ship" is empty."""
    orders_bulk(partner=seller_a, n=5, other=seller_b)
    Line.objects.filter(partner=seller_b).update(status=st.AWAITING_PAYMENT)
    Line.objects.filter(partner=seller_a).update(status=st.PAID)
    client.force_login(user_b)
    response = client.get(orders_url(), {"status": "paid"})
    assert numbers(response) == []
    response = client.get(orders_url(), {"status": "awaiting"})
    assert len(numbers(response)) == 5
    assert all(row.lines_total < 60 for row in response.context["rows"])


def test_a_part_with_lines_in_two_states_is_in_both_filters(
    client, user_a, seller_a, ten_orders
):
    order = ten_orders[0]
    mine = order.lines.get(partner=seller_a)
    Line.objects.create(
        order=order,
        partner=seller_a,
        partner_name=seller_a.name,
        partner_sku="X",
        title="Otro",
        quantity=1,
        line_price_incl_tax=1,
        line_price_excl_tax=1,
        line_price_before_discounts_incl_tax=1,
        line_price_before_discounts_excl_tax=1,
        num_allocated=0,
        status=st.SHIPPED if mine.status != st.SHIPPED else st.PAID,
    )
    client.force_login(user_a)
    found = {
        key
        for key in ("awaiting", "paid", "shipped", "completed", "cancelled")
        if order.number in numbers(client.get(orders_url(), {"status": key}))
    }
    assert len(found) == 2


def test_search_by_order_number(client, user_a, ten_orders):
    client.force_login(user_a)
    target = ten_orders[3].number
    assert numbers(client.get(orders_url(), {"number": target})) == [target]
    assert numbers(client.get(orders_url(), {"number": target[-4:]})) == [target]
    assert numbers(client.get(orders_url(), {"number": "nothing-like-it"})) == []
    page = client.get(orders_url(), {"number": "nothing-like-it"}).content.decode()
    assert "No orders match" in page


def test_date_range(client, user_a, ten_orders):
    client.force_login(user_a)
    newest = timezone.localtime(ten_orders[0].date_placed).date()
    response = client.get(orders_url(), {"date_from": newest.isoformat()})
    assert numbers(response) == [ten_orders[0].number]
    oldest = timezone.localtime(ten_orders[-1].date_placed).date()
    response = client.get(orders_url(), {"date_to": oldest.isoformat()})
    assert numbers(response) == [ten_orders[-1].number]


@pytest.mark.parametrize(
    "params",
    [
        {"date_from": "2026-05-01", "date_to": "2026-01-01"},
        {"date_from": "yesterday"},
        {"date_from": "99999-01-01"},
        {"number": "x" * 500},
        {"page": "abc"},
        {"page": "-1"},
        {"page": "99999999999999999999"},
        {"status": "paid", "page": "9999"},
    ],
    ids=[
        "range-backwards",
        "not-a-date",
        "year-99999",
        "long-number",
        "page-text",
        "page-negative",
        "page-huge",
        "page-past-the-end",
    ],
)
def test_odd_filters_are_explained_never_a_500(client, user_a, ten_orders, params):
    client.force_login(user_a)
    response = client.get(orders_url(), params)
    assert response.status_code == 200
    form = response.context["form"]
    if any(key != "page" for key in params) and "status" not in params:
        assert form.errors
    # Invalid filters filter nothing: the seller still sees their orders.
    assert numbers(response)


def test_nul_in_a_filter_is_refused(client, user_a, ten_orders):
    client.force_login(user_a)
    response = client.get(orders_url() + "?number=1%002")
    assert response.status_code in (200, 400)
    if response.status_code == 200:
        assert response.context["form"].errors


def test_pages_are_cut_in_the_database(client, user_a, seller_a, seller_b):
    orders_bulk(partner=seller_a, n=60, other=seller_b)
    client.force_login(user_a)
    first = client.get(orders_url())
    assert len(numbers(first)) == 25
    assert first.context["page_obj"].paginator.count == 60
    last = client.get(orders_url(), {"page": 3})
    assert len(numbers(last)) == 10
    assert not set(numbers(first)) & set(numbers(last))


def test_an_empty_shop_is_told_what_happens_next(client, user_a):
    client.force_login(user_a)
    page = client.get(orders_url()).content.decode()
    assert "No orders yet" in page


def test_the_order_pages_run_a_fixed_number_of_queries_with_5000_orders(
    client, user_a, seller_a, seller_b, django_assert_max_num_queries
):
    ids = orders_bulk(partner=seller_a, n=5000, other=seller_b, lines_per_order=2)
    client.force_login(user_a)
    client.get(orders_url())  # session and language settled
    order = Order.objects.get(pk=ids[17])
    with translation.override("en"):
        detail = reverse("shop:ws-order", kwargs={"number": order.number})
        slip = reverse("shop:ws-order-packing-slip", kwargs={"number": order.number})
    for params in (
        {},
        {"page": 150},
        {"status": "paid"},
        {"status": "completed", "page": 2},
        {"number": order.number[-5:]},
        {"date_from": "2020-01-01", "date_to": datetime.date.today().isoformat()},
    ):
        with django_assert_max_num_queries(10):
            response = client.get(orders_url(), params)
        assert response.status_code == 200
        assert response.context["rows"], params
    with django_assert_max_num_queries(10):
        response = client.get(detail)
    assert [line.title for line in response.context["part"].lines] == [
        f"{seller_a.name} artículo 0",
        f"{seller_a.name} artículo 1",
    ]
    with django_assert_max_num_queries(10):
        assert client.get(slip).status_code == 200
