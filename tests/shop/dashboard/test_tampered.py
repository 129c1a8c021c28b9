"""Tampered input in the back office gets a message or a 404, never a 500."""

from decimal import Decimal

import pytest
from django.urls import reverse
from oscar.core.loading import get_model

from tests.factories.shop import category as make_category
from tests.factories.shop import product
from tests.shop.dashboard.conftest import (
    PATTERNS,
    dashboard_url,
    pattern_id,
)
from tests.shop.sellers.conftest import form_data

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")
Order = get_model("order", "Order")
OrderNote = get_model("order", "OrderNote")

WITH_IDS = [
    p
    for p in PATTERNS
    if any(n == "pk" or n.endswith(("_pk", "_id", "parent")) for n in p[1])
]


@pytest.fixture
def staff_client(client, staff_member):
    client.force_login(staff_member)
    return client


@pytest.fixture
def mug(seller):
    return product(
        seller, title="Taza", price="10.00", stock=5, category=make_category("General")
    )


def snapshot(item):
    item.refresh_from_db()
    record = StockRecord.objects.get(product=item)
    return (item.title, item.is_public, record.price, record.num_in_stock)


@pytest.mark.parametrize(("name", "params"), WITH_IDS, ids=map(pattern_id, WITH_IDS))
@pytest.mark.parametrize("bad", ["abc", "1e3", "99999999999999999999999"])
def test_non_numeric_or_absurd_ids_are_a_404(staff_client, name, params, bad):
    ids = [p for p in params if p not in ("number", "slug", "product_class_slug")]
    # Built from a marker: reverse() refuses what <int:...> does not match.
    url = dashboard_url(name, params, **dict.fromkeys(ids, "424242"))
    url = url.replace("424242", bad)
    for method in (staff_client.get, staff_client.post):
        assert method(url).status_code in (404, 405), url


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("TOTAL_FORMS", "abc"),
        ("TOTAL_FORMS", ""),
        ("TOTAL_FORMS", "-1"),
        ("TOTAL_FORMS", "0"),
        ("TOTAL_FORMS", "99999999999"),
        ("INITIAL_FORMS", "5"),
        ("INITIAL_FORMS", "-1"),
        ("INITIAL_FORMS", "abc"),
    ],
)
def test_tampered_stockrecord_management_form_shows_the_form_again(
    staff_client, mug, field, value
):
    before = snapshot(mug)
    url = reverse("dashboard:catalogue-product", kwargs={"pk": mug.pk})
    data = form_data(staff_client.get(url))
    data["title"] = "Cambiado"
    data["stockrecords-0-price"] = "1.00"
    data[f"stockrecords-{field}"] = value
    response = staff_client.post(url, data)
    assert response.status_code == 200
    assert response.context["stockrecord_formset"].non_form_errors()
    assert snapshot(mug) == before


def test_more_blank_stockrecord_forms_are_ignored(staff_client, mug):
    url = reverse("dashboard:catalogue-product", kwargs={"pk": mug.pk})
    data = form_data(staff_client.get(url))
    data["stockrecords-TOTAL_FORMS"] = "5"
    data["stockrecords-0-price"] = "11.00"
    assert staff_client.post(url, data).status_code == 302
    assert snapshot(mug)[2] == Decimal("11.00")
    assert StockRecord.objects.filter(product=mug).count() == 1


JUNK = {
    "action": [
        "make_products_public",
        "set_product_price",
        "change_order_statuses",
        "download_selected_orders",
        "make_public",
        "approve_products",
    ],
    "selected_product": ["abc", "1.5"],
    "selected_products": ["abc"],
    "selected_order": ["abc", "-1"],
    "selected_category": ["abc"],
    "selected_line": ["abc"],
    "new_status": "Paid",
    "select_across": "x",
    "page": "abc",
    "sort": "abc",
    "dir": "abc",
}


@pytest.mark.parametrize(
    "action",
    [
        "make_products_public",
        "set_product_price",
        "approve_products",
        "reject_products",
        "make_products_non_public",
    ],
)
def test_product_bulk_actions_with_non_numeric_ids_change_nothing(
    staff_client, mug, action
):
    before = snapshot(mug)
    response = staff_client.post(
        reverse("dashboard:catalogue-product-list"),
        {"action": action, "selected_product": ["abc", str(mug.pk) + "x"]},
        follow=True,
    )
    assert response.status_code == 200
    assert list(response.context["messages"])
    assert snapshot(mug) == before


def test_order_bulk_status_change_with_junk_changes_nothing(staff_client, order):
    for data in (
        {"action": "change_order_statuses", "selected_order": ["abc"]},
        {"action": "change_order_statuses", "selected_order": [order.pk]},
        {
            "action": "change_order_statuses",
            "selected_order": [order.pk],
            "new_status": "Nonsense",
        },
    ):
        response = staff_client.post(reverse("dashboard:order-list"), data, follow=True)
        assert response.status_code == 200
        assert list(response.context["messages"])
    order.refresh_from_db()
    assert order.status == "Awaiting payment"


@pytest.mark.parametrize(
    "data",
    [
        {"line_action": "change_line_statuses", "selected_line": ["abc"]},
        {"line_action": "change_line_statuses", "selected_line": ["LINE"]},
        {
            "line_action": "change_line_statuses",
            "selected_line": ["LINE"],
            "selected_line_qty_LINE": "abc",
            "new_status": "Paid",
        },
        {
            "line_action": "change_line_statuses",
            "selected_line": ["LINE"],
            "selected_line_qty_LINE": "1",
        },
        {
            "line_action": "change_line_statuses",
            "selected_line": ["LINE"],
            "selected_line_qty_LINE": "1",
            "new_status": "Nonsense",
        },
        {
            "line_action": "create_shipping_event",
            "selected_line": ["LINE"],
            "selected_line_qty_LINE": "1",
        },
        {
            "line_action": "create_payment_event",
            "selected_line": ["LINE"],
            "selected_line_qty_LINE": "1",
            "amount": "abc",
        },
        {"order_action": "change_order_status"},
        {"order_action": "change_order_status", "new_status": "Nonsense"},
        {"order_action": "create_order_payment_event", "amount": "abc"},
        {"order_action": "delete_note", "note_id": "abc"},
        {"order_action": "nonsense"},
        {"line_action": "nonsense", "selected_line": ["LINE"]},
    ],
)
def test_tampered_order_actions_are_refused_with_a_message(staff_client, order, data):
    line = order.lines.get()
    data = {
        key.replace("LINE", str(line.pk)): (
            [v.replace("LINE", str(line.pk)) for v in value]
            if isinstance(value, list)
            else value
        )
        for key, value in data.items()
    }
    before = (
        list(Order.objects.values_list("status", flat=True)),
        list(order.lines.values_list("status", flat=True)),
        OrderNote.objects.count(),
    )
    detail = reverse("dashboard:order-detail", kwargs={"number": order.number})
    response = staff_client.post(detail, data, follow=True)
    assert response.status_code == 200
    assert list(response.context["messages"])
    after = (
        list(Order.objects.values_list("status", flat=True)),
        list(order.lines.values_list("status", flat=True)),
        OrderNote.objects.count(),
    )
    assert after == before


PLAIN = [p for p in PATTERNS if not p[1]]


@pytest.mark.parametrize(("name", "params"), PLAIN, ids=map(pattern_id, PLAIN))
def test_junk_posted_or_queried_on_every_page_is_never_a_500(
    staff_client, mug, name, params
):
    url = dashboard_url(name, params)
    assert staff_client.post(url, JUNK).status_code < 500
    query = {key: value for key, value in JUNK.items() if key != "action"}
    assert staff_client.get(url, query).status_code < 500


@pytest.mark.parametrize(
    ("name", "action", "field"),
    [
        ("catalogue-product-list", "make_products_non_public", "selected_product"),
        ("catalogue-category-list", "make_public", "selected_category"),
        ("order-list", "change_order_statuses", "selected_order"),
        ("users-index", "make_inactive", "selected_user"),
        ("reviews-list", "update_selected_review_status", "selected_review"),
        ("range-products", "remove_selected_products", "selected_product"),
        ("range-products", "remove_excluded_products", "selected_product"),
    ],
)
def test_every_bulk_action_drops_ids_that_are_not_numbers(
    staff_client, mug, name, action, field
):
    kwargs = {}
    if name == "range-products":
        Range = get_model("offer", "Range")
        kwargs = {"pk": Range.objects.create(name="Verano").pk}
    before = snapshot(mug)
    response = staff_client.post(
        reverse(f"dashboard:{name}", kwargs=kwargs),
        {"action": action, field: ["abc", "1;", "-", ""], "new_status": "Paid"},
        follow=True,
    )
    assert response.status_code == 200
    assert snapshot(mug) == before
