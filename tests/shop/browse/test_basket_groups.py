"""The basket page groups items by seller, with each seller's shipping and how
much more buys free shipping from them, and works as plain forms (no
JavaScript): quantities update and lines go with the buttons they show."""

import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from oscar.core.loading import get_model

from shop.marketplace.split import SellerGroup
from shop.marketplace.totals import seller_charge
from tests.factories.shop import product, seller
from tests.shop.orders.conftest import basket_add

pytestmark = pytest.mark.django_db

Basket = get_model("basket", "Basket")
BASKET = "/es/shop/basket/"


def _seller(name, rate, free_from):
    partner = seller(name=name)
    partner.shipping_flat_rate = Decimal(rate)
    partner.free_shipping_over = Decimal(free_from) if free_from else None
    partner.save()
    return partner


@pytest.fixture
def lola():
    return _seller("Cerámica Lola", "4.90", "50.00")


@pytest.fixture
def mel():
    return _seller("Mel da Serra", "3.50", None)


def _groups(html: str) -> list[str]:
    """Each seller's section of the basket page, in page order."""
    return re.findall(r'<section class="seller-group".*?</section>', html, re.S)


def _page(client) -> str:
    response = client.get(BASKET)
    assert response.status_code == 200
    return response.content.decode()


def test_lines_are_grouped_by_seller_in_the_order_they_were_added(client, lola, mel):
    mug = product(lola, title="Taza de barro", price="12.50")
    honey = product(mel, title="Mel de rosmaninho", price="8.00")
    jug = product(lola, title="Jarra azul", price="10.00")
    for item in (mug, honey, jug):
        basket_add(client, item)

    first, second = _groups(_page(client))

    assert "Cerámica Lola" in first and "Mel da Serra" in second
    assert "Taza de barro" in first and "Jarra azul" in first
    assert "Mel de rosmaninho" in second and "Taza de barro" not in second
    assert "22,50\xa0€" in first  # Lola's subtotal


def test_each_seller_shows_its_shipping_and_what_is_missing_for_free_shipping(
    client, lola, mel
):
    basket_add(client, product(lola, title="Taza", price="12.50"), 1)
    basket_add(client, product(mel, title="Mel", price="8.00"), 1)

    lola_group, mel_group = _groups(_page(client))

    assert "4,90\xa0€" in lola_group
    progress = re.search(
        r'<div class="free-shipping-progress">.*?</div>', lola_group, re.S
    )
    assert progress, lola_group
    assert "37,50\xa0€" in progress.group(0) and "Cerámica Lola" in progress.group(0)
    assert 'max="50.00" value="12.50"' in progress.group(0)
    # A seller that never ships for free shows no progress.
    assert "3,50\xa0€" in mel_group
    assert "free-shipping-progress" not in mel_group


def test_reaching_the_threshold_ships_free_and_the_progress_goes(client, lola):
    basket_add(client, product(lola, title="Jarra grande", price="25.00"), 2)

    (group,) = _groups(_page(client))

    assert 'class="free-shipping"' in group
    assert "free-shipping-progress" not in group
    # The basket's totals charge no shipping either.
    html = _page(client)
    totals = re.search(r'<dl class="totals".*?</dl>', html, re.S).group(0)
    assert "50,00\xa0€" in totals and "4,90" not in totals


def test_services_need_no_shipping_and_show_no_progress(client, lola):
    basket_add(
        client, product(lola, title="Taller de torno", price="40.00", service=True)
    )

    (group,) = _groups(_page(client))

    with translation.override("es"):
        assert translation.gettext("No shipping needed") in group
    assert "free-shipping-progress" not in group


def test_free_shipping_missing_is_what_the_buyer_still_has_to_spend(lola, mel):
    def group(partner, subtotal, ships=True):
        subtotal = Decimal(subtotal)
        return SellerGroup(
            partner=partner,
            subtotal=subtotal,
            requires_shipping=ships,
            charge=seller_charge(partner, subtotal, ships),
        )

    assert group(lola, "42.40").free_shipping_missing == Decimal("7.60")
    assert group(lola, "50.00").free_shipping_missing is None
    assert group(mel, "100.00").free_shipping_missing is None
    assert group(lola, "10.00", ships=False).free_shipping_missing is None


def test_quantities_change_with_the_update_button_without_javascript(client, lola):
    mug = product(lola, title="Taza", price="12.50", stock=8)
    basket_add(client, mug, 1)
    basket = Basket.objects.get()
    line = basket.lines.get()

    response = client.post(
        BASKET,
        {
            "form-TOTAL_FORMS": "1",
            "form-INITIAL_FORMS": "1",
            "form-0-id": str(line.pk),
            "form-0-quantity": "3",
        },
    )

    assert response.status_code == 302
    line.refresh_from_db()
    assert line.quantity == 3


def test_the_remove_button_removes_only_its_line(client, lola, mel):
    basket_add(client, product(lola, title="Taza", price="12.50"), 1)
    basket_add(client, product(mel, title="Mel", price="8.00"), 2)
    first, second = Basket.objects.get().lines.order_by("pk")
    html = _page(client)
    # Each line's Remove button posts the formset with that line's DELETE.
    assert 'name="form-0-DELETE" value="on"' in html

    response = client.post(
        BASKET,
        {
            "form-TOTAL_FORMS": "2",
            "form-INITIAL_FORMS": "2",
            "form-0-id": str(first.pk),
            "form-0-quantity": "1",
            "form-1-id": str(second.pk),
            "form-1-quantity": "2",
            "form-0-DELETE": "on",
        },
    )

    assert response.status_code == 302
    assert list(Basket.objects.get().lines.values_list("pk", "quantity")) == [
        (second.pk, 2)
    ]


def test_every_quantity_field_has_a_label(client, lola):
    basket_add(client, product(lola, title="Taza", price="12.50"), 1)

    html = _page(client)

    for field_id in re.findall(
        r'<input type="number" name="form-\d+-quantity" id="([^"]+)"', html
    ):
        assert f'<label for="{field_id}">' in html


def test_a_big_basket_costs_no_more_queries_than_a_small_one(
    lola, django_assert_max_num_queries
):
    small, big = Client(), Client()
    basket_add(small, product(lola, price="5.00"), 1)
    for n in range(8):
        partner = _seller(f"Tienda {n}", "3.00", "30.00" if n % 2 else None)
        for _ in range(2):
            basket_add(big, product(partner, price="7.00"), 2)
    small.get(BASKET)
    big.get(BASKET)  # thumbnails and caches warmed for both
    with CaptureQueriesContext(connection) as queries:
        small.get(BASKET)

    with django_assert_max_num_queries(len(queries)):
        html = big.get(BASKET).content.decode()
    assert len(_groups(html)) == 8


@pytest.mark.parametrize("quantity", ["999", "-1", "abc", "1\x00", "9" * 30])
def test_odd_quantities_are_refused_with_a_message_and_change_nothing(
    client, lola, quantity
):
    basket_add(client, product(lola, title="Taza", price="12.50", stock=8), 1)
    line = Basket.objects.get().lines.get()

    response = client.post(
        BASKET,
        {
            "form-TOTAL_FORMS": "1",
            "form-INITIAL_FORMS": "1",
            "form-0-id": str(line.pk),
            "form-0-quantity": quantity,
        },
    )

    # 400: the site refuses NUL bytes in any request before the view.
    assert response.status_code in (200, 302, 400)
    line.refresh_from_db()
    assert line.quantity == 1
    if response.status_code == 200:
        assert 'class="field__error"' in response.content.decode()


def test_a_tampered_line_id_changes_nothing(client, lola, mel):
    basket_add(client, product(lola, title="Taza", price="12.50"), 1)
    other = Client()
    basket_add(other, product(mel, title="Mel", price="8.00"), 1)
    mine, theirs = Basket.objects.order_by("pk")
    their_line = theirs.lines.get()

    response = client.post(
        BASKET,
        {
            "form-TOTAL_FORMS": "1",
            "form-INITIAL_FORMS": "1",
            "form-0-id": str(their_line.pk),
            "form-0-quantity": "5",
            "form-0-DELETE": "on",
        },
    )

    assert response.status_code in (200, 302)
    their_line.refresh_from_db()
    assert their_line.quantity == 1
    assert mine.lines.count() == 1


def test_signed_in_buyers_save_a_line_for_later_and_move_it_back(client, lola, user):
    client.force_login(user)
    basket_add(client, product(lola, title="Taza", price="12.50"), 1)
    line = Basket.objects.get(owner=user, status=Basket.OPEN).lines.get()
    management = {"form-TOTAL_FORMS": "1", "form-INITIAL_FORMS": "1"}

    response = client.post(
        BASKET,
        {
            **management,
            "form-0-id": str(line.pk),
            "form-0-quantity": "1",
            "form-0-save_for_later": "on",
        },
    )
    assert response.status_code == 302
    saved = Basket.saved.get(owner=user)
    saved_line = saved.lines.get()
    html = _page(client)
    assert 'name="saved-0-move_to_basket" value="on"' in html
    assert _groups(html) == []

    response = client.post(
        reverse("basket:saved"),
        {
            "saved-TOTAL_FORMS": "1",
            "saved-INITIAL_FORMS": "1",
            "saved-0-id": str(saved_line.pk),
            "saved-0-move_to_basket": "on",
        },
    )
    assert response.status_code == 302
    assert not saved.lines.exists()
    assert len(_groups(_page(client))) == 1
