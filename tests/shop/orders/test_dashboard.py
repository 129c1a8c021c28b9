"""Orders in Oscar's dashboard are staff's; sellers have theirs in the workspace
(tests/shop/workspace/test_orders*.py). The dashboard's staff-only rules are
tested in tests/shop/dashboard/."""

from django.core import mail
from django.urls import reverse
from django.utils import translation
from oscar.core.loading import get_model

Order = get_model("order", "Order")
Line = get_model("order", "Line")
SellerShipping = get_model("order", "SellerShipping")


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


def test_staff_shipping_two_sellers_lines_emails_the_buyer_once_per_seller(
    client,
    staff,
    seller_a,
    seller_b,
    two_seller_order,
    django_capture_on_commit_callbacks,
):
    order = two_seller_order
    mug = order.lines.get(title="Taza")
    honey = order.lines.get(title="Miel")
    Line.objects.filter(pk__in=[mug.pk, honey.pk]).update(status="Paid")
    SellerShipping.objects.filter(order=order, partner=seller_b).update(
        carrier="CTT", tracking_reference="RR-B"
    )
    client.force_login(staff)
    mail.outbox.clear()
    detail = reverse("dashboard:order-detail", kwargs={"number": order.number})
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            detail,
            {
                "line_action": "change_line_statuses",
                "selected_line": [mug.pk, honey.pk],
                f"selected_line_qty_{mug.pk}": mug.quantity,
                f"selected_line_qty_{honey.pk}": honey.quantity,
                "new_status": "Shipped",
            },
        )
    assert set(
        Line.objects.filter(pk__in=[mug.pk, honey.pk]).values_list("status", flat=True)
    ) == {"Shipped"}
    bodies = sorted(m.body for m in mail.outbox if m.to == ["buyer@example.org"])
    assert len(bodies) == 2
    (for_a,) = [b for b in bodies if "Taza" in b]
    (for_b,) = [b for b in bodies if "Miel" in b]
    assert "Miel" not in for_a and "RR-B" not in for_a
    assert "Taza" not in for_b and "RR-B" in for_b
    assert SellerShipping.objects.filter(order=order, shipped_at=None).count() == 0


def test_sellers_find_their_orders_in_the_workspace_not_the_dashboard(
    client, user_a, two_seller_order
):
    client.force_login(user_a)
    response = client.get(reverse("dashboard:order-list"))
    assert response.status_code != 200
    with translation.override("en"):
        response = client.get(reverse("shop:ws-orders"))
    assert [row.number for row in response.context["rows"]] == [two_seller_order.number]
