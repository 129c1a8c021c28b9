"""The workspace's "Products and services": list, form, review rules, quick actions."""

from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission
from oscar.core.loading import get_model

from shop.marketplace import vat
from shop.sellers import products as product_services
from shop.services.catalogue import PHYSICAL, SERVICE
from shop.workspace.product_forms import html_to_text, text_to_html
from tests.factories import UserFactory
from tests.factories import shop as shop_factories
from tests.shop.workspace.helpers import (
    form_data,
    image_upload,
    portuguese_seller_b_fixture,  # noqa: F401 (seller B is a Portuguese shop)
    snapshot,
    url,
)

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")
ProductImage = get_model("catalogue", "ProductImage")
StockRecord = get_model("partner", "StockRecord")


@pytest.fixture
def review_calls(monkeypatch):
    """Shops whose reviewers were told a product waits (shop.sellers.services)."""
    from shop.sellers import services

    calls = []
    monkeypatch.setattr(
        services,
        "products_review_requested",
        lambda *, partner: calls.append(partner.pk),
    )
    return calls


def create_data(client, cat, **changes) -> dict:
    data = form_data(client.get(url("ws-product-create")))
    data.update(
        {
            "title": "Jarra azul",
            "kind": "product",
            "category": str(cat.pk),
            "description": "Hecha a mano.",
            "price": "12,10",
            "num_in_stock": "3",
            "low_stock_threshold": "1",
        }
    )
    data.update(changes)
    return data


def edit_data(client, product, **changes) -> dict:
    data = form_data(client.get(url("ws-product-edit", pk=product.pk)))
    data.update(changes)
    return data


def levels_of(response) -> list[str]:
    """The levels of the messages shown (their words depend on the language)."""
    return [message.level_tag for message in response.context["messages"]]


# --- the list -------------------------------------------------------------------


def test_list_shows_own_products_with_price_stock_status_and_actions(
    client, user_a, product_a, product_b
):
    client.force_login(user_a)
    response = client.get(url("ws-products"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Taza de Ana" in html and "Mel de Karim" not in html
    assert "10,00" in html  # price, formatted for Spanish
    assert "On sale" in html or "A la venta" in html
    for name in ("ws-product-edit", "ws-product-visibility", "ws-product-duplicate"):
        assert url(name, pk=product_a.pk) in html
    assert url("ws-product-delete", pk=product_a.pk) in html
    assert response.context["ws_section"] == "products"


def test_list_speaks_plainly_without_oscar_jargon(client, user_a, seller_a):
    shop_factories.product(seller_a, title="Clase", service=True)
    shop_factories.product(seller_a, title="Consulta", service=True, inquiry_only=True)
    client.force_login(user_a)
    with_translation = client.get(url("ws-products"), HTTP_ACCEPT_LANGUAGE="en")
    html = with_translation.content.decode()
    for jargon in ("UPC", "discountable", "Partner", "SKU", "product class"):
        assert jargon not in html
    form_html = client.get(url("ws-product-create")).content.decode()
    form_html = form_html[form_html.index("<main") :]
    for jargon in ("UPC", "discountable", "partner", "SKU", "meta", "slug", "SEO"):
        assert jargon.lower() not in form_html.lower()


@pytest.mark.parametrize(
    "params,shown,hidden",
    [
        ({"q": "taza"}, ["Taza roja"], ["Mel", "Clase de torno"]),
        ({"status": "pending"}, ["Mel"], ["Taza roja", "Oculta"]),
        ({"status": "hidden"}, ["Oculta"], ["Taza roja", "Mel"]),
        ({"status": "rejected"}, ["Rechazada"], ["Taza roja"]),
        ({"status": "live"}, ["Taza roja", "Poca"], ["Mel", "Oculta", "Rechazada"]),
        ({"kind": "service"}, ["Clase de torno"], ["Taza roja", "Consulta"]),
        ({"kind": "inquiry"}, ["Consulta"], ["Clase de torno", "Taza roja"]),
        ({"kind": "product"}, ["Taza roja", "Agotada"], ["Clase de torno"]),
        ({"stock": "out"}, ["Agotada"], ["Taza roja", "Poca", "Clase de torno"]),
        ({"stock": "low"}, ["Poca"], ["Taza roja", "Agotada", "Clase de torno"]),
    ],
)
def test_list_filters(client, user_a, seller_a, params, shown, hidden):
    make = shop_factories.product
    make(seller_a, title="Taza roja", stock=50)
    make(seller_a, title="Mel", public=False, review_status=Product.Review.PENDING)
    make(seller_a, title="Oculta", public=False)
    make(seller_a, title="Rechazada", public=False, review_status="rejected")
    make(seller_a, title="Clase de torno", service=True)
    make(seller_a, title="Consulta", service=True, inquiry_only=True)
    make(seller_a, title="Agotada", stock=0)
    low = make(seller_a, title="Poca", stock=2)
    StockRecord.objects.filter(product=low).update(low_stock_threshold=2)
    client.force_login(user_a)
    html = client.get(url("ws-products"), params).content.decode()
    for title in shown:
        assert f">{title}</a>" in html, title
    for title in hidden:
        assert f">{title}</a>" not in html, title


def test_low_stock_counts_what_is_not_already_ordered(client, user_a, seller_a):
    item = shop_factories.product(seller_a, title="Reservada", stock=10)
    StockRecord.objects.filter(product=item).update(
        num_allocated=8, low_stock_threshold=3
    )
    client.force_login(user_a)
    html = client.get(url("ws-products"), {"stock": "low"}).content.decode()
    assert ">Reservada</a>" in html


def test_list_ignores_tampered_filters_and_nul_bytes(client, user_a, product_a):
    client.force_login(user_a)
    for params in (
        {"status": "everything'--"},
        {"page": "99999999999999999999"},
        {"order": "-price; drop"},
    ):
        response = client.get(url("ws-products"), params)
        assert response.status_code == 200, params
        assert "Taza de Ana" in response.content.decode(), params


def test_nul_bytes_in_the_list_query_are_refused(client, user_a, product_a):
    client.force_login(user_a)
    for params in ({"q": "taza\x00"}, {"stock": "\x00"}, {"page": "\x00"}):
        assert client.get(url("ws-products"), params).status_code == 400


def test_filter_form_ignores_nul_bytes_itself():
    from shop.workspace.product_forms import ProductFilterForm

    filters = ProductFilterForm({"q": "taza\x00", "status": "pending"}).filters()
    assert filters["search"] == "" and filters["status"] == "pending"


def test_list_paginates(client, user_a, seller_a):
    for n in range(27):
        shop_factories.product(seller_a, title=f"Pieza {n:02d}")
    client.force_login(user_a)
    first = client.get(url("ws-products"), {"order": "title"}).content.decode()
    second = client.get(url("ws-products"), {"order": "title", "page": 2})
    assert ">Pieza 00</a>" in first and ">Pieza 26</a>" not in first
    assert ">Pieza 26</a>" in second.content.decode()
    assert "order=title&amp;page=2" in first


def test_empty_list_invites_to_add_the_first_product(client, user_a):
    client.force_login(user_a)
    html = client.get(url("ws-products")).content.decode()
    assert url("ws-product-create") in html


# --- creating ---------------------------------------------------------------------


def test_seller_creates_a_product_that_waits_for_approval(
    client, user_a, seller_a, category, review_calls
):
    client.force_login(user_a)
    data = create_data(
        client,
        category,
        description="Bonita\n\n<script>alert(1)</script>\n\n- **grande**\n- azul",
    )
    response = client.post(url("ws-product-create"), data)
    product = Product.objects.get(title="Jarra azul")
    assert response.status_code == 302
    assert response["Location"] == url("ws-product-edit", pk=product.pk)
    record = product.stockrecords.get()
    assert record.partner == seller_a
    assert (record.price, record.price_currency) == (Decimal("12.10"), "EUR")
    assert (record.num_in_stock, record.low_stock_threshold) == (3, 1)
    assert record.vat_rate is None  # the standard rate of the shop's country
    assert product.product_class.slug == PHYSICAL and not product.inquiry_only
    assert list(product.categories.all()) == [category]
    assert product.review_status == Product.Review.PENDING and not product.is_public
    assert "<script>" not in product.description
    assert "<strong>grande</strong>" in product.description
    assert "<li>azul</li>" in product.description
    assert review_calls == [seller_a.pk]
    page = client.get(response["Location"])
    assert levels_of(page) == ["success"]
    assert page.context["status"] == "pending"


def test_trusted_shop_puts_new_products_on_sale_at_once(
    client, user_a, seller_a, category, review_calls
):
    seller_a.products_need_approval = False
    seller_a.save()
    client.force_login(user_a)
    client.post(url("ws-product-create"), create_data(client, category))
    product = Product.objects.get(title="Jarra azul")
    assert product.is_public and product.review_status == Product.Review.APPROVED
    assert review_calls == []


def test_service_has_no_stock_whatever_is_posted(client, user_a, category):
    client.force_login(user_a)
    data = create_data(client, category, title="Clase", kind="service")
    client.post(url("ws-product-create"), data)
    product = Product.objects.get(title="Clase")
    record = product.stockrecords.get()
    assert product.product_class.slug == SERVICE and not product.inquiry_only
    assert (record.num_in_stock, record.low_stock_threshold) == (None, None)


def test_ask_the_seller_service_may_have_no_price(client, user_a, category):
    client.force_login(user_a)
    data = create_data(
        client, category, title="Asesoría", kind="inquiry", price="", num_in_stock=""
    )
    assert client.post(url("ws-product-create"), data).status_code == 302
    product = Product.objects.get(title="Asesoría")
    assert product.inquiry_only and product.product_class.slug == SERVICE
    assert product.stockrecords.get().price is None


def test_reviewers_are_emailed_about_a_new_product(
    client, user_a, category, mailoutbox, django_capture_on_commit_callbacks
):
    reviewer = UserFactory(is_staff=True)
    reviewer.user_permissions.add(
        Permission.objects.get(
            content_type__app_label="catalogue", codename="view_product"
        )
    )
    client.force_login(user_a)
    data = create_data(client, category)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("ws-product-create"), data)
    assert [message.to for message in mailoutbox] == [[reviewer.email]]


def test_double_submit_creates_one_product(client, user_a, category):
    client.force_login(user_a)
    data = create_data(client, category)
    first = client.post(url("ws-product-create"), data)
    second = client.post(url("ws-product-create"), data)
    assert Product.objects.filter(title="Jarra azul").count() == 1
    assert first["Location"] == second["Location"]


def test_the_same_creation_key_in_two_shops_makes_two_products(
    seller_a, user_a, seller_b, user_b
):
    data = product_services.ProductData(
        title="Igual", kind="service", price=Decimal("5")
    )
    key = product_services.creation_key_new()
    one, created_one = product_services.product_create(
        partner=seller_a, by=user_a, data=data, key=key
    )
    two, created_two = product_services.product_create(
        partner=seller_b, by=user_b, data=data, key=key
    )
    assert created_one and created_two and one != two


def test_someone_outside_the_shop_cannot_create_for_it(seller_a, buyer):
    from django.core.exceptions import PermissionDenied

    data = product_services.ProductData(title="X", kind="service", price=Decimal("5"))
    with pytest.raises(PermissionDenied):
        product_services.product_create(partner=seller_a, by=buyer, data=data)
    assert not Product.objects.filter(title="X").exists()


BAD_CREATE = [
    ("price", "-1"),
    ("price", "100000"),
    ("price", "1e5"),
    ("price", "12.345"),
    ("price", "abc"),
    ("price", "9" * 40),
    ("num_in_stock", "-1"),
    ("num_in_stock", "100001"),
    ("num_in_stock", "1.5"),
    ("num_in_stock", "99999999999999999999999999"),
    ("low_stock_threshold", "-3"),
    ("title", "   "),
    ("title", "x" * 256),
    ("kind", "parent"),
    ("category", "999999999"),
    ("category", "abc"),
    ("vat_rate", "23"),  # Portugal's rate in a Spanish shop
    ("vat_rate", "-1"),
    ("form_token", "not-a-token"),
    ("form_token", ""),
    ("description", "x" * 5001),
]


@pytest.mark.parametrize("field,value", BAD_CREATE)
def test_bad_input_on_create_is_refused_with_a_message(
    client, user_a, category, field, value
):
    client.force_login(user_a)
    data = create_data(client, category, **{field: value})
    response = client.post(url("ws-product-create"), data)
    assert response.status_code == 200
    assert not Product.objects.exists()
    form = response.context["form"]
    assert form.errors
    assert 'class="form-errors"' in response.content.decode()


NUL_FIELDS = ["title", "description", "price", "num_in_stock", "form_token"]


@pytest.mark.parametrize("field", NUL_FIELDS)
def test_nul_bytes_in_the_create_form_change_nothing(client, user_a, category, field):
    client.force_login(user_a)
    data = create_data(client, category)
    data[field] = "12\x00" + data[field]
    response = client.post(url("ws-product-create"), data)
    # Refused by the site's request check, in the visitor's language.
    assert response.status_code == 400
    assert "<h1>" in response.content.decode()
    assert not Product.objects.exists()


@pytest.mark.parametrize("field", NUL_FIELDS[:4])
def test_nul_bytes_in_the_edit_form_change_nothing(client, user_a, product_a, field):
    before = snapshot(product_a)
    client.force_login(user_a)
    data = edit_data(client, product_a)
    data[field] = "3\x00"
    response = client.post(url("ws-product-edit", pk=product_a.pk), data)
    assert response.status_code == 400
    assert snapshot(product_a) == before


@pytest.mark.parametrize("field", NUL_FIELDS)
def test_the_product_form_itself_refuses_nul_bytes(seller_a, field):
    from shop.workspace.product_forms import ProductForm

    data = {
        "title": "Jarra",
        "kind": "product",
        "price": "5",
        "num_in_stock": "1",
        "form_token": "a" * 32,
        "vat_rate": "21",
    }
    data[field] = "1\x00"
    form = ProductForm(data, partner=seller_a)
    assert not form.is_valid()
    assert form.errors.get(field) or (field == "form_token" and form.non_field_errors())


def test_physical_product_needs_its_stock_and_a_price(client, user_a, category):
    client.force_login(user_a)
    data = create_data(client, category, price="", num_in_stock="")
    response = client.post(url("ws-product-create"), data)
    assert set(response.context["form"].errors) >= {"price", "num_in_stock"}
    assert not Product.objects.exists()


def test_long_title_in_another_script_is_saved(client, user_a, category):
    client.force_login(user_a)
    title = "手工陶瓷" * 60 + "杯"  # its slug is escaped to ~1,200 characters
    data = create_data(client, category, title=title)
    assert client.post(url("ws-product-create"), data).status_code == 302
    product = Product.objects.get(title=title)
    assert len(product.slug) <= 255
    assert title in client.get(url("ws-products")).content.decode()


# --- VAT ------------------------------------------------------------------------


def test_portuguese_shop_offers_portuguese_rates(client, user_b, seller_b, category):
    client.force_login(user_b)
    page = client.get(url("ws-product-create"))
    choices = [
        value for value, _label in page.context["form"].fields["vat_rate"].choices
    ]
    assert choices == ["23", "13", "6"]
    data = create_data(client, category, vat_rate="13", price="11.30")
    client.post(url("ws-product-create"), data)
    record = StockRecord.objects.get(product__title="Jarra azul")
    assert record.vat_rate == Decimal("13")
    assert record.partner == seller_b


def test_spanish_shop_offers_spanish_rates_and_shows_net_plus_vat(
    client, user_a, product_a
):
    StockRecord.objects.filter(product=product_a).update(price=Decimal("12.10"))
    client.force_login(user_a)
    page = client.get(url("ws-product-edit", pk=product_a.pk))
    choices = [
        value for value, _label in page.context["form"].fields["vat_rate"].choices
    ]
    assert choices == ["21", "10", "4"]
    html = page.content.decode()
    assert "10,00" in html and "2,10" in html  # net + VAT of 12.10 at 21 %


def test_choosing_a_reduced_rate_stores_it_and_standard_stores_nothing(
    client, user_a, product_a
):
    client.force_login(user_a)
    client.post(
        url("ws-product-edit", pk=product_a.pk),
        edit_data(client, product_a, vat_rate="4"),
    )
    assert StockRecord.objects.get(product=product_a).vat_rate == Decimal("4")
    client.post(
        url("ws-product-edit", pk=product_a.pk),
        edit_data(client, product_a, vat_rate="21"),
    )
    assert StockRecord.objects.get(product=product_a).vat_rate is None


def test_vat_rates_per_region():
    assert vat.rates_for_region("es-an").all == (21, 10, 4)
    assert vat.rates_for_region("es").all == (21, 10, 4)
    assert vat.rates_for_region("pt-fa").all == (23, 13, 6)
    assert vat.rates_for_region("pt").standard == 23
    assert vat.rates_for_region("es-cn").tax == "IGIC"
    assert vat.rates_for_region("").standard == 21  # unknown: Spain's
    assert vat.effective_rate(None, "pt-li") == 23
    assert vat.effective_rate(Decimal("6"), "pt-li") == 6


@pytest.mark.parametrize(
    "gross,rate,net,tax",
    [
        ("12.10", "21", "10.00", "2.10"),
        ("12.30", "23", "10.00", "2.30"),
        ("10.40", "4", "10.00", "0.40"),
        ("0.01", "21", "0.01", "0.00"),
        ("0", "10", "0.00", "0.00"),
        ("99999.99", "23", "81300.80", "18699.19"),
        ("5", "0", "5.00", "0.00"),
    ],
)
def test_vat_split(gross, rate, net, tax):
    assert vat.vat_split(Decimal(gross), Decimal(rate)) == (Decimal(net), Decimal(tax))


def test_vat_split_always_adds_up():
    for cents in range(0, 5000, 7):
        gross = Decimal(cents) / 100
        for rate in (Decimal("21"), Decimal("13"), Decimal("6"), Decimal("4")):
            net, tax = vat.vat_split(gross, rate)
            assert net + tax == gross and tax >= 0


# --- editing and the review rules ------------------------------------------------------


def test_seller_changes_price_and_stock_and_stays_on_sale(
    client, user_a, product_a, review_calls
):
    client.force_login(user_a)
    data = edit_data(client, product_a, price="14.50", num_in_stock="9")
    response = client.post(url("ws-product-edit", pk=product_a.pk), data)
    assert response.status_code == 302
    record = StockRecord.objects.get(product=product_a)
    assert (record.price, record.num_in_stock) == (Decimal("14.50"), 9)
    product_a.refresh_from_db()
    assert product_a.is_public and product_a.review_status == Product.Review.APPROVED
    assert review_calls == []


@pytest.mark.parametrize("field", ["title", "description"])
def test_changed_words_go_back_to_review(
    client, user_a, seller_a, product_a, review_calls, field
):
    client.force_login(user_a)
    data = edit_data(client, product_a, **{field: "Palabras nuevas"})
    client.post(url("ws-product-edit", pk=product_a.pk), data)
    product_a.refresh_from_db()
    assert product_a.review_status == Product.Review.PENDING
    assert not product_a.is_public
    assert review_calls == [seller_a.pk]


def test_trusted_shop_changes_words_without_review(
    client, user_a, seller_a, product_a, review_calls
):
    seller_a.products_need_approval = False
    seller_a.save()
    client.force_login(user_a)
    client.post(
        url("ws-product-edit", pk=product_a.pk),
        edit_data(client, product_a, title="Taza grande"),
    )
    product_a.refresh_from_db()
    assert product_a.title == "Taza grande" and product_a.is_public
    assert review_calls == []


def test_rejected_product_with_new_words_is_reviewed_again(
    client, user_a, seller_a, review_calls
):
    seller_a.products_need_approval = False
    seller_a.save()
    rejected = shop_factories.product(
        seller_a, title="Rechazada", public=False, review_status="rejected"
    )
    client.force_login(user_a)
    client.post(
        url("ws-product-edit", pk=rejected.pk),
        edit_data(client, rejected, title="Corregida"),
    )
    rejected.refresh_from_db()
    assert rejected.review_status == Product.Review.PENDING
    assert review_calls == [seller_a.pk]


def test_saving_an_unchanged_formatted_description_keeps_approval(
    client, user_a, seller_a, review_calls
):
    html = "<p>Hola <strong>mundo</strong></p><ul><li>uno</li><li>dos</li></ul>"
    item = shop_factories.product(seller_a, title="Con formato", description=html)
    client.force_login(user_a)
    data = edit_data(client, item)
    assert "**mundo**" in data["description"] and "- uno" in data["description"]
    client.post(url("ws-product-edit", pk=item.pk), data)
    item.refresh_from_db()
    assert item.description == html
    assert item.review_status == Product.Review.APPROVED and item.is_public
    assert review_calls == []


def test_changing_type_to_service_drops_stock(client, user_a, product_a):
    client.force_login(user_a)
    client.post(
        url("ws-product-edit", pk=product_a.pk),
        edit_data(client, product_a, kind="service"),
    )
    product_a.refresh_from_db()
    assert product_a.product_class.slug == SERVICE
    assert StockRecord.objects.get(product=product_a).num_in_stock is None


@pytest.mark.parametrize("field,value", BAD_CREATE[:13])
def test_bad_input_on_edit_changes_nothing(client, user_a, product_a, field, value):
    before = snapshot(product_a)
    client.force_login(user_a)
    data = edit_data(client, product_a, **{field: value})
    response = client.post(url("ws-product-edit", pk=product_a.pk), data)
    assert response.status_code == 200
    assert response.context["form"].errors
    assert snapshot(product_a) == before


def test_stock_cannot_go_below_what_orders_hold(client, user_a, product_a):
    StockRecord.objects.filter(product=product_a).update(num_allocated=4)
    before = snapshot(product_a)
    client.force_login(user_a)
    data = edit_data(client, product_a, num_in_stock="3")
    response = client.post(url("ws-product-edit", pk=product_a.pk), data)
    assert response.status_code == 200
    assert "4" in " ".join(response.context["form"].non_field_errors())
    assert snapshot(product_a) == before


# --- quick actions ---------------------------------------------------------------------


def test_seller_hides_and_shows_an_approved_product(client, user_a, product_a):
    client.force_login(user_a)
    visibility = url("ws-product-visibility", pk=product_a.pk)
    back = url("ws-products") + "?status=live"
    response = client.post(visibility, {"public": "0", "next": back})
    assert response["Location"] == back
    product_a.refresh_from_db()
    assert not product_a.is_public
    client.post(visibility, {"public": "1"})
    product_a.refresh_from_db()
    assert product_a.is_public


@pytest.mark.parametrize("review_status", ["pending", "rejected"])
def test_seller_cannot_publish_what_staff_have_not_approved(
    client, user_a, seller_a, review_status
):
    item = shop_factories.product(seller_a, public=False, review_status=review_status)
    client.force_login(user_a)
    response = client.post(
        url("ws-product-visibility", pk=item.pk), {"public": "1"}, follow=True
    )
    item.refresh_from_db()
    assert not item.is_public and item.review_status == review_status
    assert levels_of(response) == ["error"]


@pytest.mark.parametrize(
    "data",
    [
        {"public": "yes"},
        {},
        {"public": "0", "next": "https://evil.example/"},
        {"public": "0", "next": "//evil.example/"},
    ],
)
def test_tampered_visibility_posts_are_harmless(client, user_a, product_a, data):
    client.force_login(user_a)
    response = client.post(url("ws-product-visibility", pk=product_a.pk), data)
    assert response.status_code == 302
    assert response["Location"].startswith("/")
    assert not response["Location"].startswith("//")


def test_nul_bytes_in_quick_actions_change_nothing(client, user_a, product_a):
    client.force_login(user_a)
    for data in ({"public": "0\x00"}, {"public": "0", "next": "/es/\x00"}):
        response = client.post(url("ws-product-visibility", pk=product_a.pk), data)
        assert response.status_code == 400
    product_a.refresh_from_db()
    assert product_a.is_public


def test_visibility_needs_post(client, user_a, product_a):
    client.force_login(user_a)
    assert client.get(url("ws-product-visibility", pk=product_a.pk)).status_code == 405
    product_a.refresh_from_db()
    assert product_a.is_public


def test_duplicate_makes_a_hidden_draft_copy(client, user_a, seller_a, category):
    original = shop_factories.product(
        seller_a,
        title="Cuenco",
        price="18.00",
        stock=4,
        category=category,
        description="<p>Grande</p>",
    )
    StockRecord.objects.filter(product=original).update(
        vat_rate=Decimal("10"), low_stock_threshold=2
    )
    ProductImage.objects.create(
        product=original, original=image_upload("c.jpg"), caption="Cuenco azul"
    )
    client.force_login(user_a)
    response = client.post(url("ws-product-duplicate", pk=original.pk))
    copy = Product.objects.exclude(pk=original.pk).get()
    assert response["Location"] == url("ws-product-edit", pk=copy.pk)
    assert "Cuenco" in copy.title and copy.title != original.title
    assert not copy.is_public
    assert copy.review_status == original.review_status
    assert copy.description == original.description
    record = copy.stockrecords.get()
    assert record.partner == seller_a
    assert (record.price, record.vat_rate, record.num_in_stock) == (
        Decimal("18.00"),
        Decimal("10"),
        4,
    )
    assert list(copy.categories.all()) == [category]
    (image,) = copy.images.all()
    assert image.caption == "Cuenco azul"
    assert image.original.name != original.images.get().original.name


def test_a_double_tap_on_duplicate_makes_one_copy(client, user_a, seller_a):
    original = shop_factories.product(seller_a, title="Cuenco")
    client.force_login(user_a)
    first = client.post(url("ws-product-duplicate", pk=original.pk))
    second = client.post(url("ws-product-duplicate", pk=original.pk))
    copy = Product.objects.exclude(pk=original.pk).get()
    assert first["Location"] == second["Location"] == url("ws-product-edit", pk=copy.pk)


def test_duplicating_a_rejected_product_does_not_approve_it(client, user_a, seller_a):
    rejected = shop_factories.product(seller_a, public=False, review_status="rejected")
    client.force_login(user_a)
    client.post(url("ws-product-duplicate", pk=rejected.pk))
    copy = Product.objects.exclude(pk=rejected.pk).get()
    assert copy.review_status == Product.Review.REJECTED and not copy.is_public


def test_delete_asks_for_confirmation_first(client, user_a, product_a):
    client.force_login(user_a)
    page = client.get(url("ws-product-delete", pk=product_a.pk))
    assert "Taza de Ana" in page.content.decode()
    assert Product.objects.filter(pk=product_a.pk).exists()
    response = client.post(url("ws-product-delete", pk=product_a.pk))
    assert response["Location"] == url("ws-products")
    assert not Product.objects.filter(pk=product_a.pk).exists()


def test_product_in_orders_not_shipped_cannot_be_deleted(client, user_a, product_a):
    StockRecord.objects.filter(product=product_a).update(num_allocated=1)
    client.force_login(user_a)
    response = client.post(url("ws-product-delete", pk=product_a.pk), follow=True)
    assert Product.objects.filter(pk=product_a.pk).exists()
    assert levels_of(response) == ["error"]


def test_deleted_product_is_gone_from_the_list(client, user_a, product_a):
    client.force_login(user_a)
    client.post(url("ws-product-delete", pk=product_a.pk))
    html = client.get(url("ws-products")).content.decode()
    assert url("ws-product-edit", pk=product_a.pk) not in html


# --- descriptions' light formatting --------------------------------------------------------


def test_text_to_html_and_back():
    text = "Uno & dos\nsegunda línea\n\n- **rojo**\n- azul\n\n1. primero\n2. segundo"
    html = text_to_html(text)
    assert html == (
        "<p>Uno &amp; dos<br>segunda línea</p>"
        "<ul><li><strong>rojo</strong></li><li>azul</li></ul>"
        "<ol><li>primero</li><li>segundo</li></ol>"
    )
    assert html_to_text(html) == text
    assert text_to_html(html_to_text(html)) == html


def test_typed_markup_is_shown_as_text_not_run():
    html = text_to_html('<img src=x onerror="alert(1)"> <a href="javascript:x">y</a>')
    assert "<img" not in html and "<a " not in html
    assert "&lt;img" in html


def test_legacy_plain_descriptions_are_kept():
    assert (
        html_to_text("Descripción del artículo 12.") == "Descripción del artículo 12."
    )
    assert html_to_text("") == ""


def test_sanitiser_keeps_paragraphs_and_drops_handlers():
    from shop.sellers.html import html_sanitise

    cleaned = html_sanitise('<p>Uno &amp; dos</p><p onclick="x()">Tres<br>cuatro</p>')
    assert "onclick" not in cleaned
    assert "Uno &amp; dos" in cleaned
    assert "Tres" in cleaned and "cuatro" in cleaned


def test_counts_match_what_the_list_filters_show(client, user_a, seller_a):
    make = shop_factories.product
    make(seller_a, title="Taza roja", stock=50)
    make(seller_a, title="Mel", public=False, review_status=Product.Review.PENDING)
    make(seller_a, title="Oculta", public=False)
    make(seller_a, title="Agotada", stock=0)
    make(seller_a, title="Clase", service=True)
    low = make(seller_a, title="Poca", stock=2)
    StockRecord.objects.filter(product=low).update(low_stock_threshold=2)
    counts = product_services.shop_product_counts(partner=seller_a)
    client.force_login(user_a)
    for key, params in [
        ("all", {}),
        ("live", {"status": "live"}),
        ("hidden", {"status": "hidden"}),
        ("pending", {"status": "pending"}),
        ("rejected", {"status": "rejected"}),
        ("low", {"stock": "low"}),
        ("out", {"stock": "out"}),
    ]:
        page = client.get(url("ws-products"), params).context["page_obj"]
        assert counts[key] == page.paginator.count, key
    assert (counts["pending"], counts["low"], counts["out"]) == (1, 1, 1)


def test_a_submit_racing_another_returns_the_first_product(
    monkeypatch, seller_a, user_a
):
    """Two requests with the same form: the second passed the look-up before the
    first committed, so the database's unique SKU stops it."""
    data = product_services.ProductData(title="Una", kind="service", price=Decimal(5))
    key = product_services.creation_key_new()
    first, _created = product_services.product_create(
        partner=seller_a, by=user_a, data=data, key=key
    )
    real = product_services._created_with
    calls = []

    def too_early(partner, sku):
        calls.append(sku)
        return None if len(calls) == 1 else real(partner, sku)

    monkeypatch.setattr(product_services, "_created_with", too_early)
    second, created = product_services.product_create(
        partner=seller_a, by=user_a, data=data, key=key
    )
    assert (second, created) == (first, False)
    assert Product.objects.filter(title="Una").count() == 1


def test_duplicate_skips_a_photo_whose_file_is_gone(client, user_a, seller_a):
    original = shop_factories.product(seller_a, title="Con foto perdida")
    kept = ProductImage.objects.create(product=original, original=image_upload("k.jpg"))
    lost = ProductImage.objects.create(
        product=original, original=image_upload("l.jpg"), display_order=1
    )
    lost.original.storage.delete(lost.original.name)
    client.force_login(user_a)
    response = client.post(url("ws-product-duplicate", pk=original.pk))
    assert response.status_code == 302
    copy = Product.objects.exclude(pk=original.pk).get()
    assert copy.images.count() == 1
    assert kept.original.name != copy.images.get().original.name
