"""Shop settings: shipping, holiday mode (which stops sales), the shop's page,
trader details and team, each seller only ever changing their own shop."""

from decimal import Decimal

import pytest
from django.urls import reverse
from oscar.core.loading import get_class, get_model

from tests.factories import UserFactory
from tests.factories.shop import product
from tests.shop.orders.conftest import ADDRESS, basket_add

pytestmark = pytest.mark.django_db

Partner = get_model("partner", "Partner")
Selector = get_class("partner.strategy", "Selector")

HOLIDAY = "Volvemos el 1 de septiembre: los pedidos salen desde entonces."
VALID = {
    "shipping_flat_rate": "3.50",
    "free_shipping_over": "40.00",
    "holiday_message": "",
}


def save_settings(client, **changes):
    return client.post(reverse("shop:ws-settings"), {**VALID, **changes})


def holiday_on(client, user, message=HOLIDAY):
    client.force_login(user)
    response = save_settings(client, on_holiday="on", holiday_message=message)
    assert response.status_code == 302
    client.logout()


def test_settings_save_shipping_and_show_them_again(client, seller_a, user_a):
    client.force_login(user_a)
    response = save_settings(client)
    assert response["Location"] == reverse("shop:ws-settings")
    seller_a.refresh_from_db()
    assert seller_a.shipping_flat_rate == Decimal("3.50")
    assert seller_a.free_shipping_over == Decimal("40.00")
    assert not seller_a.on_holiday
    page = client.get(reverse("shop:ws-settings")).content.decode()
    assert 'value="3.50"' in page and 'value="40.00"' in page
    # Empty threshold: shipping is never free.
    save_settings(client, free_shipping_over="")
    seller_a.refresh_from_db()
    assert seller_a.free_shipping_over is None


@pytest.mark.parametrize(
    "field, value",
    [
        ("shipping_flat_rate", "-1"),
        ("shipping_flat_rate", "-0.01"),
        ("shipping_flat_rate", "500.01"),
        ("shipping_flat_rate", "1e9"),
        ("shipping_flat_rate", "99999999999"),
        ("shipping_flat_rate", "NaN"),
        ("shipping_flat_rate", "Infinity"),
        ("shipping_flat_rate", "cinco"),
        ("shipping_flat_rate", ""),
        ("free_shipping_over", "-5"),
        ("free_shipping_over", "100000.01"),
        ("free_shipping_over", "1e12"),
        ("holiday_message", "x" * 301),
    ],
)
def test_absurd_settings_are_refused_with_a_message(
    client, seller_a, user_a, field, value
):
    client.force_login(user_a)
    before = Partner.objects.filter(pk=seller_a.pk).values().get()
    response = save_settings(client, **{field: value})
    assert response.status_code == 200
    errors = response.context["form"].errors[field]
    assert errors
    assert str(errors[0]).replace("'", "&#x27;") in response.content.decode()
    assert Partner.objects.filter(pk=seller_a.pk).values().get() == before


def test_nul_bytes_in_settings_change_nothing(client, seller_a, user_a):
    client.force_login(user_a)
    before = Partner.objects.filter(pk=seller_a.pk).values().get()
    for field in ("holiday_message", "shipping_flat_rate"):
        response = save_settings(client, on_holiday="on", **{field: "a\x00b"})
        assert response.status_code in (200, 400)
    response = client.post(
        reverse("shop:shop-edit", args=["about"]),
        {"name": "Nueva\x00", "offer": "x"},
    )
    assert response.status_code in (200, 400)
    assert Partner.objects.filter(pk=seller_a.pk).values().get() == before


def test_holiday_mode_shows_the_message_and_stops_sales(client, seller_a, user_a):
    mug = product(seller_a, title="Taza azul")
    holiday_on(client, user_a)
    seller_a.refresh_from_db()
    assert seller_a.on_holiday and seller_a.holiday_message == HOLIDAY

    storefront = client.get(seller_a.get_absolute_url()).content.decode()
    assert HOLIDAY in storefront

    info = Selector().strategy().fetch_for_product(mug)
    allowed, reason = info.availability.is_purchase_permitted(1)
    assert not allowed and HOLIDAY in str(reason)

    response = client.post(
        reverse("basket:add", kwargs={"pk": mug.pk}), {"quantity": 1}, follow=True
    )
    assert HOLIDAY in response.content.decode()
    assert client.get(reverse("basket:summary")).context["basket"].num_items == 0


def test_product_pages_of_a_shop_on_holiday_say_so(client, seller_a, user_a):
    mug = product(seller_a, title="Taza azul")
    holiday_on(client, user_a)
    page = client.get(mug.get_absolute_url()).content.decode()
    assert HOLIDAY in page
    assert 'action="' + reverse("basket:add", kwargs={"pk": mug.pk}) not in page


def test_a_basket_from_before_the_holiday_cannot_check_out(client, seller_a, user_a):
    mug = product(seller_a, title="Taza azul")
    basket_add(client, mug)
    client.post(
        reverse("checkout:index"), {"username": "b@example.org", "options": "anonymous"}
    )
    cookies = client.cookies
    holiday_on(client, user_a)
    client.cookies = cookies
    response = client.post(reverse("checkout:shipping-address"), ADDRESS, follow=True)
    html = response.content.decode()
    assert response.redirect_chain[-1][0] == reverse("basket:summary")
    assert HOLIDAY in html
    response = client.post(
        reverse("checkout:preview"), {"action": "place_order"}, follow=True
    )
    assert HOLIDAY in response.content.decode()
    assert not get_model("order", "Order").objects.exists()


def test_holiday_mode_off_sells_again(client, seller_a, user_a):
    mug = product(seller_a, title="Taza azul")
    holiday_on(client, user_a)
    client.force_login(user_a)
    save_settings(client)  # the box unticked
    seller_a.refresh_from_db()
    assert not seller_a.on_holiday
    info = Selector().strategy().fetch_for_product(mug)
    assert info.availability.is_available_to_buy
    assert HOLIDAY not in client.get(seller_a.get_absolute_url()).content.decode()


def test_ask_the_seller_still_works_on_holiday(client, seller_a, user_a):
    service = product(seller_a, service=True, inquiry_only=True)
    holiday_on(client, user_a)
    info = Selector().strategy().fetch_for_product(service)
    assert info.availability.code == "inquiry"


def test_editing_the_shop_page_in_the_workspace(client, seller_a, user_a):
    client.force_login(user_a)
    url = reverse("shop:shop-edit", args=["place"])
    page = client.get(url)
    assert page.context["ws_section"] == "settings"
    response = client.post(
        url, {"city": "Moguer", "region": "es-an", "languages": ["es", "en"]}
    )
    assert response["Location"] == reverse("shop:ws-settings")
    seller_a.refresh_from_db()
    assert (seller_a.city, seller_a.languages) == ("Moguer", ["es", "en"])
    assert client.get(reverse("shop:shop-edit", args=["nope"])).status_code == 404
    response = client.post(url, {"city": "", "region": "xx", "languages": ["zz"]})
    assert response.status_code == 200 and response.context["form"].errors
    seller_a.refresh_from_db()
    assert seller_a.city == "Moguer"


WORKSPACE_PAGES = [
    ("shop:my-shop", []),
    ("shop:ws-settings", []),
    ("shop:shop-edit", ["about"]),
    ("shop:trader", []),
    ("shop:team", []),
    ("shop:ws-inquiries", []),
]


@pytest.mark.parametrize("name, args", WORKSPACE_PAGES)
def test_workspace_pages_need_a_signed_in_member(client, name, args):
    url = reverse(name, args=args)
    response = client.get(url)
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]
    client.force_login(UserFactory())
    response = client.get(url)
    if name == "shop:my-shop":
        assert reverse("shop:shop-open") in response.content.decode()
    else:
        assert response["Location"] == reverse("shop:shop-open")


@pytest.mark.parametrize("name, args", WORKSPACE_PAGES)
def test_each_page_shows_the_sellers_own_shop_only(
    client, seller_a, user_a, seller_b, name, args
):
    client.force_login(user_a)
    response = client.get(reverse(name, args=args))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Cerámica Ana" in html
    assert "Miel Karim" not in html
    assert seller_b.users.get().email not in html
    assert 'style="' not in html
    main = html[html.index("<main") : html.index("</main>")]
    assert "<script" not in main


def test_a_seller_writes_only_to_their_own_shop(
    client, seller_a, user_a, seller_b, user_b
):
    before_a = Partner.objects.filter(pk=seller_a.pk).values().get()
    client.force_login(user_b)
    save_settings(client, on_holiday="on", holiday_message="Cerrado")
    client.post(
        reverse("shop:shop-edit", args=["contact"]),
        {"public_email": "karim@example.org", "public_phone": ""},
    )
    client.post(
        reverse("shop:trader"),
        {
            "trader_legal_name": "Karim SL",
            "trader_address": "Calle 1",
            "trader_phone": "600",
            "trader_email": "k@example.org",
            "trader_registration": "X1",
            "trader_compliance": "on",
        },
    )
    # Forms carry no shop id, but a tampered one is ignored too.
    client.post(
        reverse("shop:ws-settings"),
        {**VALID, "partner": seller_a.pk, "id": seller_a.pk, "pk": seller_a.pk},
    )
    seller_b.refresh_from_db()
    assert seller_b.public_email == "karim@example.org"
    assert seller_b.trader_status == Partner.TraderStatus.PENDING
    assert Partner.objects.filter(pk=seller_a.pk).values().get() == before_a


def test_team_changes_stay_inside_the_shop(client, seller_a, user_a, seller_b, user_b):
    colleague = UserFactory()
    seller_a.users.add(colleague)
    client.force_login(user_b)
    response = client.post(reverse("shop:team-remove", args=[colleague.pk]))
    assert response.status_code == 302
    assert client.post(reverse("shop:team-remove", args=[user_a.pk])).status_code
    assert client.post(reverse("shop:team-remove", args=[10**12])).status_code == 302
    assert set(seller_a.users.all()) == {user_a, colleague}
    response = client.post(reverse("shop:team"), {"email": colleague.email})
    assert response.context["form"].errors["email"]
    assert set(seller_a.users.all()) == {user_a, colleague}
    assert client.get(reverse("shop:team-remove", args=[user_b.pk])).status_code == 405

    client.force_login(user_a)
    page = client.get(reverse("shop:team")).content.decode()
    assert colleague.email in page and user_b.email not in page
    client.post(reverse("shop:team-remove", args=[colleague.pk]))
    assert set(seller_a.users.all()) == {user_a}
    # The last person cannot leave: the shop would have no one.
    client.post(reverse("shop:team-remove", args=[user_a.pk]))
    assert set(seller_a.users.all()) == {user_a}


def test_trader_details_sent_from_the_workspace(client, seller_a, user_a):
    seller_a.trader_status = Partner.TraderStatus.REJECTED
    seller_a.trader_review_note = "Falta el NIF."
    seller_a.save()
    client.force_login(user_a)
    page = client.get(reverse("shop:trader"))
    assert page.context["ws_section"] == "trader"
    assert "Falta el NIF." in page.content.decode()
    response = client.post(reverse("shop:trader"), {"trader_legal_name": "Ana"})
    assert response.status_code == 200
    seller_a.refresh_from_db()
    assert seller_a.trader_status == Partner.TraderStatus.REJECTED
