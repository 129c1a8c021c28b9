import pytest
from django.urls import reverse
from oscar.core.loading import get_model

from tests.factories import shop as shop_factories

pytestmark = pytest.mark.django_db

Partner = get_model("partner", "Partner")

TRADER = {
    "trader_legal_name": "Ana Pérez García",
    "trader_address": "Calle Mayor 1, 21001 Huelva",
    "trader_phone": "+34 600 111 222",
    "trader_email": "ana.legal@example.org",
    "trader_registration": "12345678Z",
    "trader_compliance": "on",
}


@pytest.fixture
def new_shop(db):
    return shop_factories.dashboard_seller(name="Nueva", approved=False)


@pytest.mark.parametrize("missing", list(TRADER))
def test_every_trader_field_is_required(client, new_shop, missing):
    partner = Partner.objects.get(pk=new_shop.pk)
    partner.trader_status = Partner.TraderStatus.MISSING
    partner.save()
    client.force_login(new_shop.users.get())
    data = {k: v for k, v in TRADER.items() if k != missing}
    response = client.post(reverse("shop:trader"), data)
    assert response.status_code == 200
    partner.refresh_from_db()
    assert partner.trader_status == Partner.TraderStatus.MISSING


def test_trader_details_go_to_review(client, new_shop):
    client.force_login(new_shop.users.get())
    response = client.post(reverse("shop:trader"), TRADER)
    assert response["Location"] == reverse("shop:my-shop")
    new_shop.refresh_from_db()
    assert new_shop.trader_status == Partner.TraderStatus.PENDING
    assert new_shop.trader_registration == "12345678Z"
    assert not new_shop.can_sell


def test_changing_approved_details_stops_selling(client, seller_a, user_a):
    client.force_login(user_a)
    client.post(reverse("shop:trader"), TRADER)
    seller_a.refresh_from_db()
    assert seller_a.trader_status == Partner.TraderStatus.PENDING


def test_staff_approves_and_the_seller_is_emailed(
    client, staff, new_shop, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(staff)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("dashboard:seller-review", args=[new_shop.pk]),
            {"decision": "approve", "note": ""},
        )
    assert response.status_code == 302
    new_shop.refresh_from_db()
    assert new_shop.can_sell
    assert [m.to for m in mailoutbox] == [[new_shop.users.get().email]]
    assert "Nueva" in mailoutbox[0].subject


def test_staff_rejects_with_a_note_that_is_emailed(
    client, staff, new_shop, mailoutbox, django_capture_on_commit_callbacks
):
    client.force_login(staff)
    url = reverse("dashboard:seller-review", args=[new_shop.pk])
    response = client.post(url, {"decision": "reject", "note": ""})
    assert response.status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"decision": "reject", "note": "Falta el NIF."})
    new_shop.refresh_from_db()
    assert new_shop.trader_status == Partner.TraderStatus.REJECTED
    assert "Falta el NIF." in mailoutbox[0].body


def test_review_pages_are_staff_only(client, user_a, buyer, new_shop):
    for url in (
        reverse("dashboard:seller-review-list"),
        reverse("dashboard:seller-review", args=[new_shop.pk]),
    ):
        assert client.get(url).status_code == 302  # anonymous: log in
        client.force_login(user_a)
        assert client.post(url, {"decision": "approve"}).status_code == 403
        client.force_login(buyer)
        assert client.get(url).status_code == 403
        client.logout()
    new_shop.refresh_from_db()
    assert new_shop.trader_status == Partner.TraderStatus.PENDING


def test_review_list_shows_pending_shops(client, staff, new_shop):
    client.force_login(staff)
    response = client.get(reverse("dashboard:seller-review-list"))
    assert "Nueva" in response.content.decode()
