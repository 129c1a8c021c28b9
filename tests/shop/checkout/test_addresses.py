"""The checkout's address form speaks the page's language: countries named in
it, the country its language suggests chosen already, and Spanish and
Portuguese postcodes checked with a message that shows the right format."""

import pytest
from django.urls import reverse
from django.utils import translation

from shop.checkout.forms import (
    ShippingAddressForm,
    country_for_language,
    postcode_normalise,
)
from tests.factories.shop import product, seller
from tests.factories.users import UserFactory
from tests.shop.browse.buyer_pages import (
    ADDRESS_ES,
    ADDRESS_PT,
)
from tests.shop.orders.conftest import basket_add

pytestmark = pytest.mark.django_db


@pytest.fixture
def at_address_step(client):
    """A guest with a mug in the basket, at the shipping address step."""
    basket_add(client, product(seller(), title="Taza"), 1)

    def go(language: str):
        with translation.override(language):
            client.post(
                reverse("checkout:index"),
                {"username": "lucia@example.org", "options": "anonymous"},
            )
            return reverse("checkout:shipping-address")

    return go


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("21001", "21001"), (" 21 001 ", "21001"), ("01000", "01000"), ("52999", "52999")],
)
def test_spanish_postcodes_from_01000_to_52999_are_kept(typed, kept):
    assert postcode_normalise("ES", typed) == kept


@pytest.mark.parametrize(
    "typed", ["00999", "53000", "99999", "2100", "210011", "21O01", "8000-123", ""]
)
def test_other_spanish_postcodes_are_refused(typed):
    assert postcode_normalise("ES", typed) is None


@pytest.mark.parametrize(
    ("typed", "kept"),
    [("8000-123", "8000-123"), ("8000123", "8000-123"), ("8000 123", "8000-123")],
)
def test_portuguese_postcodes_are_written_nnnn_nnn(typed, kept):
    assert postcode_normalise("PT", typed) == kept


@pytest.mark.parametrize("typed", ["800-123", "0800-123", "8000-12", "21001", "8000"])
def test_other_portuguese_postcodes_are_refused(typed):
    assert postcode_normalise("PT", typed) is None


@pytest.mark.parametrize(
    ("language", "country"), [("pt", "PT"), ("es", "ES"), ("en", "ES"), ("ar", "ES")]
)
def test_the_page_language_chooses_the_country(language, country):
    assert country_for_language(language) == country


@pytest.mark.parametrize(
    ("language", "country", "names", "not_shown"),
    [
        ("pt", "PT", ["Espanha", "Portugal"], "España"),
        ("es", "ES", ["España", "Portugal"], "Spain"),
        ("en", "ES", ["Spain", "Portugal"], "España"),
    ],
)
def test_address_page_names_countries_in_its_language_and_preselects_one(
    client, at_address_step, language, country, names, not_shown
):
    url = at_address_step(language)
    with translation.override(language):
        response = client.get(url)
    html = response.content.decode()
    form = response.context["form"]
    assert form["country"].value() == country
    assert f'<option value="{country}" selected>' in html
    for name in names:
        assert f">{name}</option>" in html
    assert f">{not_shown}</option>" not in html


def test_a_portuguese_postcode_with_portugal_is_accepted(client, at_address_step):
    url = at_address_step("pt")
    with translation.override("pt"):
        response = client.post(url, {**ADDRESS_PT, "postcode": "8000123"})
        next_step = reverse("checkout:shipping-method")
    assert response.status_code == 302
    assert response.url == next_step
    fields = client.session["checkout_data"]["shipping"]["new_address_fields"]
    assert (fields["postcode"], fields["country_id"]) == ("8000-123", "PT")


def test_a_portuguese_postcode_for_spain_is_refused_showing_the_spanish_format(
    client, at_address_step
):
    url = at_address_step("es")
    with translation.override("es"):
        response = client.post(url, {**ADDRESS_ES, "postcode": "8000-123"})
    assert response.status_code == 200
    errors = response.context["form"].errors["postcode"]
    assert len(errors) == 1  # ours only, not also Oscar's "not valid for Spain"
    assert "01000" in errors[0] and "52999" in errors[0] and "21001" in errors[0]
    html = response.content.decode()
    assert "no es válido para" not in html  # Oscar's message, naming "Spain"


def test_a_spanish_postcode_for_portugal_is_refused_showing_the_portuguese_format(
    client, at_address_step
):
    url = at_address_step("pt")
    with translation.override("pt"):
        response = client.post(url, {**ADDRESS_PT, "postcode": "21001"})
    assert response.status_code == 200
    (error,) = response.context["form"].errors["postcode"]
    assert "8000-123" in error


def test_a_postcode_out_of_the_spanish_range_is_refused(client, at_address_step):
    url = at_address_step("es")
    with translation.override("es"):
        response = client.post(url, {**ADDRESS_ES, "postcode": "53000"})
    assert response.status_code == 200
    assert "postcode" in response.context["form"].errors


def test_the_preview_shows_the_country_in_the_page_language(client, at_address_step):
    url = at_address_step("pt")
    with translation.override("pt"):
        client.post(url, ADDRESS_ES)
        client.post(reverse("checkout:shipping-method"), {"method_code": "per-seller"})
        client.post(reverse("checkout:payment-method"), {"method": "pay-on-delivery"})
        html = client.get(reverse("checkout:preview")).content.decode()
    assert "21001 Huelva<br>Espanha" in html
    assert "Spain" not in html


def test_the_form_accepts_only_shipping_countries(db):
    with translation.override("es"):
        form = ShippingAddressForm(data={**ADDRESS_ES, "country": "FR"})
    assert not form.is_valid()
    assert "country" in form.errors


def test_an_address_book_entry_is_edited_with_the_same_rules(client, db):
    user = UserFactory()
    client.force_login(user)
    basket_add(client, product(seller(), title="Taza"), 1)
    address = user.addresses.create(
        first_name="Rita",
        last_name="Pires",
        line1="Rua do Sol 12",
        line4="Faro",
        postcode="8000-123",
        country_id="PT",
    )
    with translation.override("pt"):
        url = reverse("checkout:user-address-update", kwargs={"pk": address.pk})
        page = client.get(url).content.decode()
        refused = client.post(url, {**ADDRESS_PT, "postcode": "80001"})
        saved = client.post(url, {**ADDRESS_PT, "postcode": "8005 139"})
    assert ">Espanha</option>" in page
    assert "8000-123" in refused.context["form"].errors["postcode"][0]
    assert saved.status_code == 302
    address.refresh_from_db()
    assert address.postcode == "8005-139"
