"""The workspace's orders: each seller sees and moves only their own part.

Seller A against seller B for every URL and action, read and write; a
three-seller order shows each seller only their lines and amounts.
"""

from decimal import Decimal

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation
from oscar.core.loading import get_model

from shop.order import status as st
from tests.factories.shop import product
from tests.shop.orders.conftest import (  # noqa: F401 (shops with shipping rates)
    basket_add,
    checkout,
    seller_a_fixture,
    seller_b_fixture,
)

pytestmark = pytest.mark.django_db


Order = get_model("order", "Order")
Line = get_model("order", "Line")
OrderNote = get_model("order", "OrderNote")
SellerShipping = get_model("order", "SellerShipping")
StockRecord = get_model("partner", "StockRecord")


def url(name, order=None, **kwargs):
    """A workspace URL, in English (pages and messages are then English)."""
    if order is not None:
        kwargs["number"] = order.number
    with translation.override("en"):
        return reverse(f"shop:{name}", kwargs=kwargs or None)


def refused(response) -> bool:
    """Refused with something the seller can read: a 400 page from the
    request check (NUL bytes), or the page with a message or form error."""
    if response.status_code == 400:
        return bool(response.content)
    return response.status_code == 200 and bool(told(response))


def snapshot():
    """Everything a seller's action could change."""
    return (
        sorted(Order.objects.values_list("pk", "status")),
        sorted(Line.objects.values_list("pk", "status", "num_allocated")),
        OrderNote.objects.count(),
        sorted(
            SellerShipping.objects.values_list(
                "pk", "carrier", "tracking_reference", "shipped_at"
            )
        ),
        sorted(StockRecord.objects.values_list("pk", "num_in_stock", "num_allocated")),
    )


def ids(order, partner):
    return list(order.lines.filter(partner=partner).values_list("pk", flat=True))


def move(client, order, lines, status, **extra):
    return client.post(
        url("ws-order-lines", order),
        {"lines": lines, "new_status": status, **extra},
        follow=True,
    )


def told(response) -> list[str]:
    """The messages and form errors the seller sees."""
    shown = [str(m) for m in response.context["messages"]]
    for name in ("lines_form", "tracking_form", "form"):
        form = response.context.get(name)
        if form is not None and form.is_bound:
            shown += [e for errors in form.errors.values() for e in errors]
    return shown


# Reading -------------------------------------------------------------------


def test_the_list_shows_only_orders_with_the_sellers_lines_and_their_amount(
    client, user_a, two_seller_order, b_only_order
):
    client.force_login(user_a)
    response = client.get(url("ws-orders"))
    assert response.status_code == 200
    (row,) = response.context["rows"]
    assert row.number == two_seller_order.number
    # 2 mugs at 12.00 and A's 4.90 shipping; not the order's 59.90.
    assert (row.items, row.lines_total, row.shipping, row.total) == (
        2,
        Decimal("24.00"),
        Decimal("4.90"),
        Decimal("28.90"),
    )
    page = response.content.decode()
    assert b_only_order.number not in page
    assert "59,90" not in page and "59.90" not in page


def test_each_seller_of_a_three_seller_order_sees_only_their_lines_and_amounts(
    client, user_a, user_b, user_c, three_seller_order
):
    order = three_seller_order
    expected = {
        user_a: (["Taza"], Decimal("24.00"), Decimal("4.90")),
        user_b: (["Miel", "Clase"], Decimal("28.00"), Decimal("3.00")),
        user_c: (["Conserva"], Decimal("13.50"), Decimal("2.50")),
    }
    every_title = {"Taza", "Miel", "Clase", "Conserva"}
    for user, (titles, lines, shipping) in expected.items():
        client.force_login(user)
        (row,) = client.get(url("ws-orders")).context["rows"]
        assert (row.lines_total, row.shipping) == (lines, shipping)
        response = client.get(url("ws-order", order))
        part = response.context["part"]
        assert [line.title for line in part.lines] == titles
        assert (part.subtotal, part.shipping) == (lines, shipping)
        page = response.content.decode()
        for title in every_title - set(titles):
            assert f">{title}<" not in page
        # Line ids of the others are not on the page either.
        others = order.lines.exclude(title__in=titles).values_list("pk", flat=True)
        for pk in others:
            assert f'value="{pk}"' not in page
            assert f'data-line="{pk}"' not in page


def test_the_buyers_address_shows_only_to_sellers_whose_items_ship(
    client, seller_a, seller_b, user_a, user_b
):
    basket_add(client, product(seller_a, title="Plato"), 1)
    basket_add(client, product(seller_b, title="Curso", service=True), 1)
    checkout(client, email="z@example.org")
    order = Order.objects.get()
    client.force_login(user_a)
    page = client.get(url("ws-order", order)).content.decode()
    assert "Calle Real 5" in page and "Lucía Gómez" in page
    client.force_login(user_b)
    page = client.get(url("ws-order", order)).content.decode()
    assert "Curso" in page and "Plato" not in page
    assert "Calle Real 5" not in page and "Lucía" not in page


def test_statuses_are_shown_in_the_sellers_language(client, user_a, two_seller_order):
    client.force_login(user_a)
    with translation.override("es"):
        number = {"number": two_seller_order.number}
        page = client.get(reverse("shop:ws-order", kwargs=number)).content.decode()
        assert str(st.LABELS[st.AWAITING_PAYMENT]) in page
    assert ">Awaiting payment<" not in page


# Permissions: seller A against seller B -------------------------------------


def test_every_url_of_another_sellers_order_is_404_and_changes_nothing(
    client, user_a, b_only_order
):
    client.force_login(user_a)
    line = b_only_order.lines.get()
    before = snapshot()
    for name in ("ws-order", "ws-order-packing-slip"):
        assert client.get(url(name, b_only_order)).status_code == 404, name
    posts = {
        "ws-order-lines": {"lines": [line.pk], "new_status": st.PAID},
        "ws-order-tracking": {
            "tracking-carrier": "Correos",
            "tracking-tracking_reference": "PK1",
        },
    }
    for name, data in posts.items():
        assert client.post(url(name, b_only_order), data).status_code == 404, name
    assert snapshot() == before


def test_unknown_and_odd_order_numbers_are_404(client, user_a, two_seller_order):
    client.force_login(user_a)
    base = url("ws-orders")
    before = snapshot()
    # NUL may be refused before the view (400); never a 500.
    for number in ("999999", "%00", "1%002", "x" * 300, "'; select 1; --"):
        assert client.get(f"{base}{number}/").status_code in (400, 404), number
        response = client.post(f"{base}{number}/items/", {"new_status": st.PAID})
        assert response.status_code in (400, 404), number
    assert snapshot() == before


def test_another_sellers_line_in_a_shared_order_cannot_be_moved(
    client, user_a, seller_b, two_seller_order
):
    client.force_login(user_a)
    order = two_seller_order
    honey = order.lines.get(title="Miel")
    mug = order.lines.get(title="Taza")
    before = snapshot()
    for selected in ([honey.pk], [honey.pk, mug.pk]):
        response = move(client, order, selected, st.CANCELLED)
        assert response.status_code == 200
        assert any("not yours" in m for m in told(response)), told(response)
    assert snapshot() == before
    # And the service refuses it too, whatever the form lets through.
    from oscar.core.loading import get_class

    from shop.order.services import lines_status_change

    InvalidLineStatus = get_class("order.exceptions", "InvalidLineStatus")
    with pytest.raises(InvalidLineStatus):
        lines_status_change(
            order=order,
            line_ids=[honey.pk],
            new_status=st.CANCELLED,
            partner_id=mug.partner_id,
        )
    assert snapshot() == before


def test_a_seller_cannot_set_tracking_on_another_sellers_part(
    client, user_a, seller_b, b_only_order, two_seller_order
):
    client.force_login(user_a)
    before = snapshot()
    response = client.post(
        url("ws-order-tracking", b_only_order),
        {"tracking-carrier": "X", "tracking-tracking_reference": "Y"},
    )
    assert response.status_code == 404
    assert snapshot() == before
    # On the shared order A's tracking form writes A's row only.
    client.post(
        url("ws-order-tracking", two_seller_order),
        {"tracking-carrier": "Correos", "tracking-tracking_reference": "PQ1"},
    )
    rows = dict(
        SellerShipping.objects.filter(order=two_seller_order).values_list(
            "partner_id", "tracking_reference"
        )
    )
    assert rows[seller_b.pk] == ""
    assert list(rows.values()).count("PQ1") == 1


def test_people_without_a_shop_and_visitors_are_kept_out(
    client, user, two_seller_order
):
    for name in ("ws-orders", "ws-statement"):
        response = client.get(url(name))
        assert response.status_code == 302 and "login" in response.url
    order_url = url("ws-order", two_seller_order)
    assert "login" in client.get(order_url).url
    client.force_login(user)
    assert client.get(url("ws-orders")).url == reverse("shop:shop-open")
    before = snapshot()
    response = client.post(
        url("ws-order-lines", two_seller_order),
        {
            "lines": list(two_seller_order.lines.values_list("pk", flat=True)),
            "new_status": st.PAID,
        },
    )
    assert response.status_code == 302
    assert snapshot() == before


# Moving lines ---------------------------------------------------------------


def test_a_seller_marks_items_paid_then_shipped_with_tracking_and_the_buyer_sees_it(
    client, user_a, seller_a, two_seller_order, django_capture_on_commit_callbacks
):
    order = two_seller_order
    mine = ids(order, seller_a)
    client.force_login(user_a)
    response = move(client, order, mine, st.PAID)
    assert any("now" in m for m in told(response))
    order.refresh_from_db()
    assert order.status == st.IN_PROGRESS
    assert set(order.lines.exclude(pk__in=mine).values_list("status", flat=True)) == {
        st.AWAITING_PAYMENT
    }
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        move(
            client,
            order,
            mine,
            st.SHIPPED,
            carrier="Correos Express",
            tracking_reference="PQ4B7X123",
        )
    shipping = SellerShipping.objects.get(order=order, partner=seller_a)
    assert (shipping.carrier, shipping.tracking_reference) == (
        "Correos Express",
        "PQ4B7X123",
    )
    assert shipping.shipped_at is not None
    (message,) = mail.outbox
    assert message.to == ["buyer@example.org"]
    assert "Correos Express" in message.body and "PQ4B7X123" in message.body
    assert "Taza" in message.body and "Miel" not in message.body
    # The guest's order page shows the carrier and reference for A only.
    client.logout()
    hashed = {"order_number": order.number, "hash": order.verification_hash()}
    status_page = client.post(
        reverse("customer:anon-order-form", kwargs=hashed),
        {"email": "buyer@example.org"},
        follow=True,
    ).content.decode()
    assert "PQ4B7X123" in status_page and "Correos Express" in status_page
    assert status_page.count('class="details seller-tracking"') == 1


def test_a_signed_in_buyer_sees_the_tracking_in_their_account(
    client, user, seller_a, user_a, django_capture_on_commit_callbacks
):
    client.force_login(user)
    basket_add(client, product(seller_a, title="Jarrón", price="15.00"), 1)
    assert checkout(client).status_code == 302
    order = Order.objects.get()
    mine = ids(order, seller_a)
    client.force_login(user_a)
    move(client, order, mine, st.PAID)
    with django_capture_on_commit_callbacks(execute=True):
        move(
            client,
            order,
            mine,
            st.SHIPPED,
            carrier="CTT",
            tracking_reference="https://www.ctt.pt/track/RR123",
        )
    client.force_login(user)
    page = client.get(
        reverse("customer:order", kwargs={"order_number": order.number})
    ).content.decode()
    assert 'href="https://www.ctt.pt/track/RR123"' in page
    assert "CTT" in page


def test_the_move_buttons_follow_the_pipeline(client, user_a, two_seller_order):
    order = two_seller_order
    client.force_login(user_a)
    page = client.get(url("ws-order", order)).content.decode()
    assert 'value="Paid"' in page and 'value="Cancelled"' in page
    assert 'value="Shipped"' not in page
    move(client, order, ids(order, order.lines.get(title="Taza").partner), st.PAID)
    page = client.get(url("ws-order", order)).content.decode()
    assert 'value="Shipped"' in page and 'value="Completed"' in page
    assert 'name="tracking_reference"' in page


def test_an_invalid_move_is_explained_and_changes_nothing(
    client, user_a, seller_a, two_seller_order
):
    order = two_seller_order
    client.force_login(user_a)
    before = snapshot()
    response = move(client, order, ids(order, seller_a), st.SHIPPED)
    assert response.status_code == 200
    assert any("cannot move" in m for m in told(response)), told(response)
    for status in ("Lost", "", "Paid\x00"):
        response = move(client, order, ids(order, seller_a), status)
        assert refused(response), status
    assert snapshot() == before


def test_a_replayed_move_changes_nothing_more(
    client, user_a, seller_a, two_seller_order
):
    order = two_seller_order
    client.force_login(user_a)
    move(client, order, ids(order, seller_a), st.PAID)
    before = snapshot()
    response = move(client, order, ids(order, seller_a), st.PAID)
    assert response.status_code == 200
    assert any("already" in m for m in told(response)), told(response)
    assert snapshot() == before


@pytest.mark.parametrize(
    "lines",
    [["abc"], ["1\x00"], [""], ["99999999999999999999"], []],
    ids=["text", "nul", "empty", "huge", "none"],
)
def test_tampered_line_ids_are_refused(client, user_a, two_seller_order, lines):
    client.force_login(user_a)
    before = snapshot()
    response = move(client, two_seller_order, lines, st.PAID)
    assert refused(response)
    assert snapshot() == before


@pytest.mark.parametrize(
    "extra",
    [
        {"tracking_reference": "X" * 10_000},
        {"tracking_reference": "PQ\x00123"},
        {"carrier": "Correos\x00"},
        {"carrier": "C" * 81},
    ],
    ids=["long-reference", "nul-reference", "nul-carrier", "long-carrier"],
)
def test_bad_tracking_when_shipping_is_refused(
    client, user_a, seller_a, two_seller_order, extra
):
    order = two_seller_order
    client.force_login(user_a)
    move(client, order, ids(order, seller_a), st.PAID)
    before = snapshot()
    response = move(client, order, ids(order, seller_a), st.SHIPPED, **extra)
    assert refused(response)
    assert snapshot() == before


@pytest.mark.parametrize(
    "carrier, reference",
    [("Correos\x00", "PQ1"), ("Correos", "PQ\x001"), ("C", "R" * 10_000)],
    ids=["nul-carrier", "nul-reference", "long-reference"],
)
def test_the_services_refuse_bad_tracking_whatever_the_form(
    seller_a, two_seller_order, carrier, reference
):
    """Behind the form and the request check, the services refuse too."""
    from django.core.exceptions import ValidationError

    from shop.order.services import lines_status_change, seller_shipping_tracking_set

    order = two_seller_order
    lines_status_change(order=order, line_ids=ids(order, seller_a), new_status="Paid")
    before = snapshot()
    with pytest.raises(ValidationError):
        lines_status_change(
            order=order,
            line_ids=ids(order, seller_a),
            new_status=st.SHIPPED,
            partner_id=seller_a.pk,
            carrier=carrier,
            tracking_reference=reference,
        )
    with pytest.raises(ValidationError):
        seller_shipping_tracking_set(
            order=order,
            partner_id=seller_a.pk,
            carrier=carrier,
            tracking_reference=reference,
        )
    assert snapshot() == before


def test_tracking_goes_only_with_shipped(client, user_a, seller_a, two_seller_order):
    order = two_seller_order
    client.force_login(user_a)
    before = snapshot()
    response = move(
        client, order, ids(order, seller_a), st.PAID, tracking_reference="PQ1"
    )
    assert any("shipped" in m for m in told(response)), told(response)
    assert snapshot() == before


def test_cancelling_puts_the_stock_back(client, user_a, seller_a, two_seller_order):
    order = two_seller_order
    mug = order.lines.get(title="Taza")
    client.force_login(user_a)
    move(client, order, [mug.pk], st.CANCELLED)
    mug.refresh_from_db()
    assert mug.status == st.CANCELLED
    record = StockRecord.objects.get(pk=mug.stockrecord_id)
    assert (record.num_in_stock, record.num_allocated) == (5, 0)
    page = client.get(url("ws-order", order)).content.decode()
    assert 'name="new_status"' not in page


# Tracking on its own ---------------------------------------------------------


def test_tracking_can_be_corrected_and_the_buyer_gets_the_new_one(
    client, user_a, seller_a, two_seller_order, django_capture_on_commit_callbacks
):
    order = two_seller_order
    client.force_login(user_a)
    move(client, order, ids(order, seller_a), st.PAID)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        move(client, order, ids(order, seller_a), st.SHIPPED)
    assert len(mail.outbox) == 1
    data = {"tracking-carrier": "SEUR", "tracking-tracking_reference": "SE-77"}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url("ws-order-tracking", order), data, follow=True)
    assert any("saved" in m.lower() for m in told(response)), told(response)
    assert len(mail.outbox) == 2 and "SE-77" in mail.outbox[1].body
    # The same values again: nothing changes, nobody is emailed.
    before = snapshot()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("ws-order-tracking", order), data)
    assert snapshot() == before
    assert len(mail.outbox) == 2


@pytest.mark.parametrize(
    "data",
    [
        {"tracking-tracking_reference": "X" * 10_000},
        {"tracking-tracking_reference": "a\x00b"},
        {"tracking-carrier": "\x00"},
    ],
    ids=["long", "nul-reference", "nul-carrier"],
)
def test_bad_tracking_is_refused(client, user_a, two_seller_order, data):
    client.force_login(user_a)
    before = snapshot()
    response = client.post(url("ws-order-tracking", two_seller_order), data)
    assert refused(response)
    assert snapshot() == before


def test_no_tracking_for_a_part_that_does_not_ship(client, user_b, b_only_order):
    client.force_login(user_b)
    page = client.get(url("ws-order", b_only_order)).content.decode()
    assert "tracking-tracking_reference" not in page
    before = snapshot()
    response = client.post(
        url("ws-order-tracking", b_only_order),
        {"tracking-carrier": "X", "tracking-tracking_reference": "Y"},
        follow=True,
    )
    assert told(response)
    assert snapshot() == before


def test_get_on_an_action_url_changes_nothing(client, user_a, two_seller_order):
    client.force_login(user_a)
    before = snapshot()
    for name in ("ws-order-lines", "ws-order-tracking"):
        assert client.get(url(name, two_seller_order)).status_code == 405
    assert snapshot() == before


# Packing slip ------------------------------------------------------------------


def test_the_packing_slip_has_only_the_sellers_items_and_the_address_if_they_ship(
    client, user_a, user_b, seller_a, seller_b, three_seller_order, b_only_order
):
    from shop.order.selectors import seller_order_part
    from shop.sellers.packing_slip import packing_slip_content

    order = three_seller_order
    client.force_login(user_a)
    response = client.get(url("ws-order-packing-slip", order))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")
    assert order.number in response["Content-Disposition"]

    slip = packing_slip_content(
        order=order,
        part=seller_order_part(order=order, partner_id=seller_a.pk),
        partner=seller_a,
    )
    assert [item.title for item in slip.items] == ["Taza"]
    assert "Calle Real 5" in slip.text
    assert "Miel" not in slip.text and "Conserva" not in slip.text

    client.force_login(user_b)
    assert client.get(url("ws-order-packing-slip", b_only_order)).status_code == 200
    slip = packing_slip_content(
        order=b_only_order,
        part=seller_order_part(order=b_only_order, partner_id=seller_b.pk),
        partner=seller_b,
    )
    assert slip.ship_to == [] and [i.title for i in slip.items] == ["Taller"]


def test_a_long_packing_slip_runs_over_pages(seller_a, two_seller_order):
    from shop.order.selectors import seller_order_part
    from shop.sellers.packing_slip import packing_slip_pdf_render

    part = seller_order_part(order=two_seller_order, partner_id=seller_a.pk)
    part.lines = part.lines * 80
    part.lines[0].title = "Muy largo " * 40
    pdf = packing_slip_pdf_render(order=two_seller_order, part=part, partner=seller_a)
    assert pdf.startswith(b"%PDF") and pdf.count(b"/Type /Page\n") >= 2


# The seller's new-order email -------------------------------------------------


def test_the_new_order_email_links_to_the_workspace(
    client, seller_a, django_capture_on_commit_callbacks
):
    basket_add(client, product(seller_a, title="Cuenco"), 1)
    mail.outbox.clear()
    checkout(
        client, email="q@example.org", callbacks=django_capture_on_commit_callbacks
    )
    order = Order.objects.get()
    owner = seller_a.users.get()
    (message,) = [m for m in mail.outbox if m.to == [owner.email]]
    assert f"/shop/my-shop/orders/{order.number}/" in message.body
    assert "/dashboard/" not in message.body
