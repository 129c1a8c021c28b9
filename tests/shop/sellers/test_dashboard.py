"""Sellers in Oscar's catalogue dashboard: seller A against seller B's objects.

Oscar's dashboard catalogue URLs (oscar/apps/dashboard/catalogue/apps.py):
catalogue-product-list, catalogue-product-create (redirect and per class),
catalogue-product, catalogue-product-create-child, catalogue-product-delete,
catalogue-product-bulk-action, catalogue-product-lookup, stock-alert-list,
catalogue-category-* , catalogue-class-*, catalogue-attribute-option-group-*,
catalogue-option-*; plus our seller-review-list / seller-review.
"""

import io
from decimal import Decimal

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from oscar.core.loading import get_model
from PIL import Image

from shop.services.catalogue import PHYSICAL, SERVICE
from tests.factories import shop as shop_factories
from tests.shop.sellers.conftest import form_data

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")
ProductImage = get_model("catalogue", "ProductImage")
StockRecord = get_model("partner", "StockRecord")


@pytest.fixture
def product_b(seller_b, category):
    return shop_factories.product(
        seller_b, title="Libro de B", price="20.00", stock=7, category=category
    )


@pytest.fixture
def product_a(seller_a, category):
    return shop_factories.product(
        seller_a, title="Taza de A", price="10.00", stock=5, category=category
    )


def snapshot(product):
    product.refresh_from_db()
    record = StockRecord.objects.get(product=product)
    return (
        product.title,
        product.is_public,
        product.review_status,
        record.partner_id,
        record.price,
        record.num_in_stock,
    )


# --- seller A against seller B's product, every reachable URL ----------------


@pytest.mark.parametrize(
    "name",
    ["catalogue-product", "catalogue-product-delete", "catalogue-product-create-child"],
)
def test_seller_cannot_open_or_change_another_sellers_product(
    client, user_a, product_b, name
):
    before = snapshot(product_b)
    client.force_login(user_a)
    kwarg = "parent_pk" if name.endswith("child") else "pk"
    url = reverse(f"dashboard:{name}", kwargs={kwarg: product_b.pk})
    assert client.get(url).status_code in (403, 404)
    response = client.post(url, {"title": "Robado", "stockrecords-0-price": "0"})
    assert response.status_code in (403, 404)
    assert Product.objects.filter(pk=product_b.pk).exists()
    assert snapshot(product_b) == before


def test_product_list_and_lookup_show_only_own_products(
    client, user_a, product_a, product_b
):
    client.force_login(user_a)
    html = client.get(reverse("dashboard:catalogue-product-list")).content.decode()
    assert "Taza de A" in html and "Libro de B" not in html
    found = client.get(reverse("dashboard:catalogue-product-lookup"), {"q": "de"})
    assert "Libro de B" not in found.content.decode()


def test_bulk_actions_ignore_another_sellers_products(client, user_a, product_b):
    before = snapshot(product_b)
    client.force_login(user_a)
    list_url = reverse("dashboard:catalogue-product-list")
    for action in ("make_products_non_public", "set_product_price", "approve_products"):
        client.post(list_url, {"action": action, "selected_product": [product_b.pk]})
    client.post(
        reverse("dashboard:catalogue-product-bulk-action"),
        {
            "action": "set_product_price",
            "selected_products": [product_b.pk],
            "new_price": "1",
        },
    )
    assert snapshot(product_b) == before


@pytest.mark.parametrize(
    "name,kwargs",
    [
        ("stock-alert-list", {}),
        ("catalogue-category-list", {}),
        ("catalogue-category-create", {}),
        ("catalogue-class-list", {}),
        ("catalogue-class-create", {}),
        ("catalogue-option-list", {}),
        ("catalogue-attribute-option-group-list", {}),
        ("seller-review-list", {}),
    ],
)
def test_shop_wide_pages_are_closed_to_sellers(client, user_a, name, kwargs):
    client.force_login(user_a)
    assert client.get(reverse(f"dashboard:{name}", kwargs=kwargs)).status_code == 403


def test_shop_wide_object_pages_are_closed_to_sellers(client, user_a, category):
    from shop.services.catalogue import product_classes_ensure

    product_class = product_classes_ensure()[PHYSICAL]
    client.force_login(user_a)
    for name, pk in [
        ("catalogue-category-update", category.pk),
        ("catalogue-category-delete", category.pk),
        ("catalogue-class-update", product_class.pk),
        ("catalogue-class-delete", product_class.pk),
    ]:
        url = reverse(f"dashboard:{name}", kwargs={"pk": pk})
        assert client.post(url, {"name": "x"}).status_code == 403
    category.refresh_from_db()
    assert category.name == "General"


def test_anonymous_and_buyers_cannot_use_the_dashboard(client, buyer, product_a):
    url = reverse("dashboard:catalogue-product", kwargs={"pk": product_a.pk})
    assert client.get(url).status_code == 302
    client.force_login(buyer)
    assert client.get(url).status_code == 403


# --- creating and changing own products ---------------------------------------


def create_page(client, kind=PHYSICAL):
    url = reverse(
        "dashboard:catalogue-product-create", kwargs={"product_class_slug": kind}
    )
    return url, client.get(url)


def test_seller_creates_a_product_for_their_shop_waiting_for_approval(
    client, seller_a, user_a, seller_b, category
):
    seller_a.products_need_approval = True
    seller_a.save()
    client.force_login(user_a)
    url, page = create_page(client)
    data = form_data(page)
    data.update(
        {
            "title": "Jarra",
            "description": "<p>Bonita</p><script>alert(1)</script>",
            "is_public": "on",
            "review_status": "approved",
            "productcategory_set-0-category": str(category.pk),
            "stockrecords-0-partner": str(seller_b.pk),  # ignored: disabled
            "stockrecords-0-price_currency": "USD",
            "stockrecords-0-price": "15.50",
            "stockrecords-0-num_in_stock": "3",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    product = Product.objects.get(title="Jarra")
    record = product.stockrecords.get()
    assert record.partner == seller_a
    assert record.price_currency == "EUR"
    assert record.price == Decimal("15.50")
    assert product.review_status == Product.Review.PENDING
    assert not product.is_public
    assert "<script>" not in product.description
    assert "alert(1)" not in product.description
    assert "Bonita" in product.description


def test_seller_without_approval_rule_publishes_at_once(
    client, seller_a, user_a, category
):
    seller_a.products_need_approval = False
    seller_a.save()
    client.force_login(user_a)
    url, page = create_page(client, SERVICE)
    data = form_data(page)
    data.update(
        {
            "title": "Consulta",
            "inquiry_only": "on",
            "productcategory_set-0-category": str(category.pk),
            "stockrecords-0-price": "40",
        }
    )
    assert client.post(url, data).status_code == 302
    product = Product.objects.get(title="Consulta")
    assert product.is_public and product.inquiry_only
    assert product.review_status == Product.Review.APPROVED


@pytest.mark.parametrize(
    "field,value",
    [
        ("stockrecords-0-price", "-1"),
        ("stockrecords-0-price", "100000"),
        ("stockrecords-0-num_in_stock", "-1"),
        ("stockrecords-0-num_in_stock", "100001"),
    ],
)
def test_absurd_prices_and_stock_are_refused(client, user_a, product_a, field, value):
    before = snapshot(product_a)
    client.force_login(user_a)
    url = reverse("dashboard:catalogue-product", kwargs={"pk": product_a.pk})
    data = form_data(client.get(url))
    data[field] = value
    response = client.post(url, data)
    assert response.status_code == 200
    assert snapshot(product_a) == before


def test_seller_changes_own_price_and_stock(client, user_a, product_a):
    client.force_login(user_a)
    url = reverse("dashboard:catalogue-product", kwargs={"pk": product_a.pk})
    data = form_data(client.get(url))
    data.update({"stockrecords-0-price": "12.00", "stockrecords-0-num_in_stock": "9"})
    assert client.post(url, data).status_code == 302
    record = product_a.stockrecords.get()
    assert (record.price, record.num_in_stock) == (Decimal("12.00"), 9)


def test_posting_another_sellers_stockrecord_id_changes_nothing(
    client, user_a, product_a, product_b
):
    before = snapshot(product_b)
    client.force_login(user_a)
    url = reverse("dashboard:catalogue-product", kwargs={"pk": product_a.pk})
    data = form_data(client.get(url))
    data["stockrecords-0-id"] = str(product_b.stockrecords.get().pk)
    data["stockrecords-0-price"] = "0.01"
    response = client.post(url, data)
    assert response.status_code == 200
    assert snapshot(product_b) == before


def test_seller_deletes_own_product(client, user_a, product_a):
    client.force_login(user_a)
    url = reverse("dashboard:catalogue-product-delete", kwargs={"pk": product_a.pk})
    assert client.post(url).status_code == 302
    assert not Product.objects.filter(pk=product_a.pk).exists()


def test_seller_cannot_publish_a_pending_product_by_bulk_action(
    client, user_a, seller_a
):
    pending = shop_factories.product(
        seller_a, public=False, review_status=Product.Review.PENDING
    )
    client.force_login(user_a)
    response = client.post(
        reverse("dashboard:catalogue-product-list"),
        {"action": "make_products_public", "selected_product": [pending.pk]},
    )
    if response.status_code == 302 and "bulk-action" in response["Location"]:
        page = client.get(response["Location"])
        data = form_data(page)
        data["selected_products"] = [str(pending.pk)]
        client.post(
            response["Location"].split("?")[0]
            + "?"
            + response["Location"].split("?")[1],
            data,
        )
    pending.refresh_from_db()
    assert not pending.is_public


def test_staff_approve_products_from_the_list(client, staff, seller_a):
    pending = shop_factories.product(
        seller_a, public=False, review_status=Product.Review.PENDING
    )
    client.force_login(staff)
    listing = client.get(
        reverse("dashboard:catalogue-product-list"), {"review_status": "pending"}
    )
    assert pending.title in listing.content.decode()
    client.post(
        reverse("dashboard:catalogue-product-list"),
        {"action": "approve_products", "selected_product": [pending.pk]},
    )
    pending.refresh_from_db()
    assert pending.is_public and pending.review_status == Product.Review.APPROVED


# --- images ----------------------------------------------------------------


def image_bytes(size=(50, 40), fmt="JPEG", exif=True):
    out = io.BytesIO()
    image = Image.new("RGB", size, (200, 30, 30))
    if exif:
        data = Image.Exif()
        data[0x010F] = "SecretCam"  # Make
        image.save(out, format=fmt, exif=data.tobytes())
    else:
        image.save(out, format=fmt)
    return out.getvalue()


def post_image(client, product, upload):
    url = reverse("dashboard:catalogue-product", kwargs={"pk": product.pk})
    data = form_data(client.get(url))
    data["images-0-original"] = upload
    return client.post(url, data)


def test_text_file_named_jpg_is_refused(client, user_a, product_a):
    client.force_login(user_a)
    response = post_image(
        client, product_a, SimpleUploadedFile("photo.jpg", b"hello", "image/jpeg")
    )
    assert response.status_code == 200
    assert not ProductImage.objects.exists()


def test_huge_images_are_refused(client, user_a, product_a):
    client.force_login(user_a)
    wide = image_bytes(size=(4001, 10), fmt="PNG", exif=False)
    response = post_image(
        client, product_a, SimpleUploadedFile("w.png", wide, "image/png")
    )
    assert response.status_code == 200
    heavy = SimpleUploadedFile(
        "h.jpg", b"\xff\xd8" + b"0" * (5 * 1024 * 1024 + 1), "image/jpeg"
    )
    assert post_image(client, product_a, heavy).status_code == 200
    assert not ProductImage.objects.exists()


def test_images_are_re_encoded_without_metadata(client, user_a, product_a):
    client.force_login(user_a)
    response = post_image(
        client, product_a, SimpleUploadedFile("p.jpg", image_bytes(), "image/jpeg")
    )
    assert response.status_code == 302
    stored = ProductImage.objects.get(product=product_a)
    with stored.original.open("rb") as fh:
        content = fh.read()
    assert b"SecretCam" not in content
    assert Image.open(io.BytesIO(content)).format == "JPEG"


def test_sanitiser_fallback_keeps_paragraphs():
    from shop.sellers.html import html_sanitise

    cleaned = html_sanitise('<p>Uno &amp; dos</p><p onclick="x()">Tres<br>cuatro</p>')
    assert "onclick" not in cleaned
    assert "Uno &amp; dos" in cleaned
    assert "Tres" in cleaned and "cuatro" in cleaned
