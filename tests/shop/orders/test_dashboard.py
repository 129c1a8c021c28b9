"""Orders dashboard per role: seller A never sees or touches seller B's lines."""

from decimal import Decimal

import pytest
from django.urls import reverse
from oscar.core.loading import get_model

from tests.factories.shop import product
from tests.shop.orders.conftest import basket_add, checkout

Order = get_model("order", "Order")
OrderNote = get_model("order", "OrderNote")
ShippingAddress = get_model("order", "ShippingAddress")


@pytest.fixture
def b_only_order(client, seller_b, two_seller_order):
    """A second order, with only seller B's service."""
    client.cookies.clear()
    basket_add(client, product(seller_b, title="Taller", price="15.00", service=True))
    assert checkout(client, email="other@example.org", ship=False).status_code == 302
    return Order.objects.exclude(pk=two_seller_order.pk).get()


def _snapshot():
    return (
        sorted(Order.objects.values_list("pk", "status")),
        sorted(
            get_model("order", "Line").objects.values_list("pk", "status", "quantity")
        ),
        OrderNote.objects.count(),
        list(ShippingAddress.objects.values_list("line1", flat=True)),
    )


def test_seller_list_shows_only_orders_with_their_lines_and_their_amount(
    client, user_a, two_seller_order, b_only_order
):
    client.force_login(user_a)
    response = client.get(reverse("dashboard:order-list"))
    assert response.status_code == 200
    assert [o.number for o in response.context["orders"]] == [two_seller_order.number]
    page = response.content.decode()
    assert b_only_order.number not in page
    assert response.context["orders"][0].seller["amount"] == Decimal("24.00")
    csv = client.get(reverse("dashboard:order-list") + "?response_format=csv")
    body = csv.content.decode()
    assert "24.00" in body and "59.90" not in body
    assert b_only_order.number not in body


def test_seller_detail_shows_only_their_lines(client, user_a, two_seller_order):
    client.force_login(user_a)
    response = client.get(
        reverse("dashboard:order-detail", kwargs={"number": two_seller_order.number})
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Taza" in page
    assert "Miel" not in page and "Clase de cerámica" not in page
    assert "Calle Real 5" in page  # A's mugs ship: A needs the address


def test_seller_with_only_services_does_not_see_the_address(
    client, user_b, seller_a, seller_b
):
    basket_add(client, product(seller_a, title="Plato"), 1)
    basket_add(client, product(seller_b, title="Curso", service=True), 1)
    checkout(client, email="z@example.org")
    order = Order.objects.get()
    client.force_login(user_b)
    page = client.get(
        reverse("dashboard:order-detail", kwargs={"number": order.number})
    ).content.decode()
    assert "Curso" in page and "Plato" not in page
    assert "Calle Real 5" not in page


def test_every_url_for_another_sellers_order_is_404(
    client, user_a, two_seller_order, b_only_order
):
    client.force_login(user_a)
    number = b_only_order.number
    line = b_only_order.lines.get()
    before = _snapshot()
    for url in (
        reverse("dashboard:order-detail", kwargs={"number": number}),
        reverse(
            "dashboard:order-line-detail", kwargs={"number": number, "line_id": line.pk}
        ),
        reverse("dashboard:order-shipping-address", kwargs={"number": number}),
    ):
        assert client.get(url).status_code == 404, url
        data = {
            "line_action": "change_line_statuses",
            "selected_line": line.pk,
            f"selected_line_qty_{line.pk}": 1,
            "new_status": "Paid",
            "order_action": "change_order_status",
        }
        # 405: the line page takes no POST at all.
        assert client.post(url, data).status_code in (404, 405), url
    assert _snapshot() == before


def test_another_sellers_line_in_a_shared_order_is_404_and_cannot_be_moved(
    client, user_a, seller_b, two_seller_order
):
    client.force_login(user_a)
    order = two_seller_order
    honey = order.lines.get(title="Miel")
    mug = order.lines.get(title="Taza")
    before = _snapshot()
    url = reverse(
        "dashboard:order-line-detail",
        kwargs={"number": order.number, "line_id": honey.pk},
    )
    assert client.get(url).status_code == 404
    detail = reverse("dashboard:order-detail", kwargs={"number": order.number})
    for selected in ([honey.pk], [honey.pk, mug.pk]):
        data = {
            "line_action": "change_line_statuses",
            "selected_line": selected,
            "new_status": "Cancelled",
            **{f"selected_line_qty_{pk}": 1 for pk in selected},
        }
        response = client.post(detail, data, follow=True)
        assert response.status_code == 200
        assert list(response.context["messages"])  # told why
    assert _snapshot() == before


def test_seller_moves_their_own_lines(client, user_a, two_seller_order):
    client.force_login(user_a)
    order = two_seller_order
    mug = order.lines.get(title="Taza")
    detail = reverse("dashboard:order-detail", kwargs={"number": order.number})
    response = client.post(
        detail,
        {
            "line_action": "change_line_statuses",
            "selected_line": [mug.pk],
            f"selected_line_qty_{mug.pk}": mug.quantity,
            "new_status": "Paid",
        },
    )
    assert response.status_code == 302
    mug.refresh_from_db()
    order.refresh_from_db()
    assert mug.status == "Paid"
    assert order.status == "In progress"
    assert set(order.lines.exclude(pk=mug.pk).values_list("status", flat=True)) == {
        "Awaiting payment"
    }


@pytest.mark.parametrize(
    "data",
    [
        {"order_action": "change_order_status", "new_status": "Completed"},
        {"order_action": "save_note", "message": "hola"},
        {"order_action": "create_order_payment_event", "amount": "10"},
        {"order_action": "delete_note", "note_id": "1"},
    ],
)
def test_order_level_actions_are_refused_for_sellers(
    client, user_a, two_seller_order, data
):
    client.force_login(user_a)
    before = _snapshot()
    detail = reverse(
        "dashboard:order-detail", kwargs={"number": two_seller_order.number}
    )
    response = client.post(detail, data, follow=True)
    assert [str(m) for m in response.context["messages"]]
    assert _snapshot() == before


@pytest.mark.parametrize("action", ["create_shipping_event", "create_payment_event"])
def test_shipping_and_payment_events_are_refused_for_sellers(
    client, user_a, two_seller_order, action
):
    client.force_login(user_a)
    mug = two_seller_order.lines.get(title="Taza")
    before = _snapshot()
    detail = reverse(
        "dashboard:order-detail", kwargs={"number": two_seller_order.number}
    )
    client.post(
        detail,
        {
            "line_action": action,
            "selected_line": [mug.pk],
            f"selected_line_qty_{mug.pk}": 1,
            "shipping_event_type": "x",
            "payment_event_type": "x",
        },
    )
    assert _snapshot() == before


def test_notes_and_the_address_form_are_staff_only(client, user_a, two_seller_order):
    note = OrderNote.objects.create(order=two_seller_order, message="interno")
    client.force_login(user_a)
    number = two_seller_order.number
    note_url = reverse(
        "dashboard:order-detail-note", kwargs={"number": number, "note_id": note.pk}
    )
    assert client.get(note_url).status_code == 404
    address_url = reverse("dashboard:order-shipping-address", kwargs={"number": number})
    assert client.get(address_url).status_code == 404
    before = _snapshot()
    assert client.post(address_url, {"line1": "Otra calle"}).status_code == 404
    assert _snapshot() == before


def test_bulk_status_change_from_the_list_is_refused_for_sellers(
    client, user_a, two_seller_order
):
    client.force_login(user_a)
    before = _snapshot()
    client.post(
        reverse("dashboard:order-list"),
        {
            "action": "change_order_statuses",
            "selected_order": [two_seller_order.pk],
            "new_status": "Completed",
        },
    )
    assert _snapshot() == before


def test_seller_statistics_count_only_their_lines(client, user_a, two_seller_order):
    client.force_login(user_a)
    response = client.get(reverse("dashboard:order-stats"))
    assert response.status_code == 200
    assert response.context["total_revenue"] == Decimal("24.00")
    assert response.context["total_lines"] == 1


def test_staff_see_every_line_and_change_the_order_status(
    client, staff, two_seller_order
):
    client.force_login(staff)
    order = two_seller_order
    detail = reverse("dashboard:order-detail", kwargs={"number": order.number})
    page = client.get(detail).content.decode()
    assert "Taza" in page and "Miel" in page and "Clase de cerámica" in page
    client.post(
        detail, {"order_action": "change_order_status", "new_status": "Cancelled"}
    )
    order.refresh_from_db()
    assert order.status == "Cancelled"
