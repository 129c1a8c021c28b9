"""Sellers move their lines; the order's status and the stock follow."""

import pytest
from django.core import mail
from django.utils import translation
from oscar.core.loading import get_class, get_model

from shop.order import status as st
from shop.order.services import lines_status_change

StockRecord = get_model("partner", "StockRecord")
InvalidLineStatus = get_class("order.exceptions", "InvalidLineStatus")


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        ([], st.AWAITING_PAYMENT),
        ([st.AWAITING_PAYMENT, st.AWAITING_PAYMENT], st.AWAITING_PAYMENT),
        ([st.PAID, st.AWAITING_PAYMENT], st.IN_PROGRESS),
        ([st.CANCELLED, st.AWAITING_PAYMENT], st.IN_PROGRESS),
        ([st.SHIPPED, st.COMPLETED], st.IN_PROGRESS),
        ([st.COMPLETED, st.COMPLETED], st.COMPLETED),
        ([st.COMPLETED, st.CANCELLED], st.COMPLETED),
        ([st.CANCELLED, st.CANCELLED], st.CANCELLED),
    ],
)
def test_overall_status_follows_the_lines(statuses, expected):
    assert st.overall_status(statuses) == expected


def _ids(order, partner):
    return list(order.lines.filter(partner=partner).values_list("pk", flat=True))


def test_order_status_follows_its_lines(two_seller_order, seller_a, seller_b):
    order = two_seller_order
    lines_status_change(order=order, line_ids=_ids(order, seller_a), new_status="Paid")
    order.refresh_from_db()
    assert order.status == "In progress"
    for status in ("Shipped", "Completed"):
        lines_status_change(
            order=order, line_ids=_ids(order, seller_a), new_status=status
        )
    lines_status_change(
        order=order, line_ids=_ids(order, seller_b), new_status="Cancelled"
    )
    order.refresh_from_db()
    assert order.status == "Completed"
    assert list(
        order.status_changes.order_by("pk").values_list("new_status", flat=True)
    ) == [
        "In progress",
        "Completed",
    ]


def test_all_lines_cancelled_cancels_the_order_and_releases_stock(
    two_seller_order,
):
    order = two_seller_order
    mug = order.lines.get(title="Taza")
    lines_status_change(
        order=order,
        line_ids=list(order.lines.values_list("pk", flat=True)),
        new_status="Cancelled",
    )
    order.refresh_from_db()
    assert order.status == "Cancelled"
    record = StockRecord.objects.get(pk=mug.stockrecord_id)
    assert (record.num_in_stock, record.num_allocated) == (5, 0)


def test_shipping_consumes_stock_and_emails_the_buyer(
    two_seller_order, seller_a, django_capture_on_commit_callbacks
):
    order = two_seller_order
    mail.outbox.clear()
    ids = _ids(order, seller_a)
    lines_status_change(order=order, line_ids=ids, new_status="Paid")
    with django_capture_on_commit_callbacks(execute=True):
        lines_status_change(order=order, line_ids=ids, new_status="Shipped")
    record = StockRecord.objects.get(pk=order.lines.get(title="Taza").stockrecord_id)
    assert (record.num_in_stock, record.num_allocated) == (3, 0)
    (message,) = mail.outbox
    assert message.to == ["buyer@example.org"]
    assert "Taza" in message.body and "Miel" not in message.body
    assert order.verification_hash() in message.body


def test_a_move_outside_the_pipeline_changes_nothing(two_seller_order, seller_a):
    order = two_seller_order
    ids = _ids(order, seller_a)
    with pytest.raises(InvalidLineStatus):
        lines_status_change(order=order, line_ids=ids, new_status="Shipped")
    assert set(order.lines.values_list("status", flat=True)) == {"Awaiting payment"}
    order.refresh_from_db()
    assert order.status == "Awaiting payment"


def test_lines_of_another_order_are_refused(two_seller_order, seller_a, client):
    order = two_seller_order
    with pytest.raises(InvalidLineStatus):
        lines_status_change(order=order, line_ids=[999999], new_status="Paid")


def test_a_line_already_in_the_status_is_refused_with_a_message(
    two_seller_order, seller_a
):
    order = two_seller_order
    ids = _ids(order, seller_a)
    lines_status_change(order=order, line_ids=ids, new_status="Paid")
    notes = order.notes.count()
    with translation.override("en"), pytest.raises(InvalidLineStatus, match="already"):
        lines_status_change(order=order, line_ids=ids, new_status="Paid")
    assert order.notes.count() == notes


def test_with_a_seller_only_their_lines_move(two_seller_order, seller_a, seller_b):
    order = two_seller_order
    every = list(order.lines.values_list("pk", flat=True))
    with pytest.raises(InvalidLineStatus):
        lines_status_change(
            order=order, line_ids=every, new_status="Paid", partner_id=seller_a.pk
        )
    assert set(order.lines.values_list("status", flat=True)) == {"Awaiting payment"}
    lines_status_change(
        order=order,
        line_ids=_ids(order, seller_a),
        new_status="Paid",
        partner_id=seller_a.pk,
    )
    assert set(
        order.lines.filter(partner=seller_b).values_list("status", flat=True)
    ) == {"Awaiting payment"}


def test_shipping_records_when_and_the_tracking_on_the_sellers_shipping(
    two_seller_order, seller_a, seller_b
):
    SellerShipping = get_model("order", "SellerShipping")
    order = two_seller_order
    ids = _ids(order, seller_a)
    lines_status_change(order=order, line_ids=ids, new_status="Paid")
    lines_status_change(
        order=order,
        line_ids=ids,
        new_status="Shipped",
        partner_id=seller_a.pk,
        carrier="  Correos ",
        tracking_reference="PQ1 ",
    )
    mine = SellerShipping.objects.get(order=order, partner=seller_a)
    theirs = SellerShipping.objects.get(order=order, partner=seller_b)
    assert (mine.carrier, mine.tracking_reference) == ("Correos", "PQ1")
    assert mine.shipped_at is not None
    assert (theirs.carrier, theirs.tracking_reference, theirs.shipped_at) == (
        "",
        "",
        None,
    )


def test_tracking_is_refused_with_any_other_move(two_seller_order, seller_a):
    order = two_seller_order
    with pytest.raises(InvalidLineStatus):
        lines_status_change(
            order=order,
            line_ids=_ids(order, seller_a),
            new_status="Paid",
            tracking_reference="PQ1",
        )
    assert set(order.lines.values_list("status", flat=True)) == {"Awaiting payment"}
