"""Seller A against seller B's products and photos, on every product URL and action."""

import pytest
from django.urls import resolve
from oscar.core.loading import get_model

from shop.workspace import urls_products
from tests.factories import UserFactory
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

PRODUCT_URLS = [
    "ws-product-edit",
    "ws-product-visibility",
    "ws-product-duplicate",
    "ws-product-delete",
]
IMAGE_URLS = ["ws-product-image-move", "ws-product-image-delete"]


def test_every_product_url_is_covered_here():
    names = {pattern.name for pattern in urls_products.urlpatterns}
    assert names == {
        "ws-products",
        "ws-product-create",
        *PRODUCT_URLS,
        *IMAGE_URLS,
    }


@pytest.mark.parametrize("name", PRODUCT_URLS)
def test_seller_cannot_read_or_change_another_sellers_product(
    client, user_a, product_b, name
):
    before = snapshot(product_b)
    count = Product.objects.count()
    client.force_login(user_a)
    target = url(name, pk=product_b.pk)
    assert client.get(target).status_code in (404, 405)
    response = client.post(
        target,
        {
            "title": "Robado",
            "kind": "product",
            "price": "0",
            "num_in_stock": "0",
            "public": "0",
            "direction": "up",
        },
    )
    assert response.status_code == 404
    assert snapshot(product_b) == before
    assert Product.objects.count() == count


@pytest.mark.parametrize("name", IMAGE_URLS)
def test_seller_cannot_touch_another_sellers_photo(
    client, user_a, product_a, product_b, name
):
    before = snapshot(product_b)
    image_b = product_b.images.get()
    client.force_login(user_a)
    # B's photo under B's product, and under A's own product.
    for product in (product_b, product_a):
        target = url(name, pk=product.pk, image_pk=image_b.pk)
        assert client.post(target, {"direction": "down"}).status_code == 404
    assert snapshot(product_b) == before
    assert ProductImage.objects.filter(pk=image_b.pk).exists()


def test_another_sellers_photo_id_in_the_form_changes_nothing(
    client, user_a, product_a, product_b
):
    before = snapshot(product_b)
    image_b = product_b.images.get()
    client.force_login(user_a)
    data = form_data(client.get(url("ws-product-edit", pk=product_a.pk)))
    data[f"caption_{image_b.pk}"] = "Robada"
    response = client.post(url("ws-product-edit", pk=product_a.pk), data)
    assert response.status_code == 302  # A's own form is fine; B's photo ignored
    assert snapshot(product_b) == before
    image_b.refresh_from_db()
    assert image_b.caption == "Pote de mel"


def test_a_photo_cannot_be_moved_to_another_product(
    client, user_a, seller_a, product_a
):
    from tests.factories import shop as shop_factories

    other = shop_factories.product(seller_a, title="Otra de A")
    image = ProductImage.objects.create(product=other, original=image_upload())
    client.force_login(user_a)
    target = url("ws-product-image-delete", pk=product_a.pk, image_pk=image.pk)
    assert client.post(target).status_code == 404
    assert ProductImage.objects.filter(pk=image.pk, product=other).exists()


def test_list_and_search_never_show_another_sellers_products(
    client, user_a, product_a, product_b
):
    client.force_login(user_a)
    for params in ({}, {"q": "Mel"}, {"status": "live"}, {"stock": "low"}):
        html = client.get(url("ws-products"), params).content.decode()
        assert "Mel de Karim" not in html
        assert url("ws-product-edit", pk=product_b.pk) not in html


def test_both_sellers_see_their_own(client, user_a, user_b, product_a, product_b):
    client.force_login(user_b)
    html = client.get(url("ws-products")).content.decode()
    assert "Mel de Karim" in html and "Taza de Ana" not in html
    page = client.get(url("ws-product-edit", pk=product_b.pk))
    assert page.status_code == 200


def test_a_member_of_the_shop_manages_its_products(client, seller_a, product_a):
    colleague = UserFactory()
    seller_a.users.add(colleague)
    client.force_login(colleague)
    assert client.get(url("ws-product-edit", pk=product_a.pk)).status_code == 200
    client.post(url("ws-product-visibility", pk=product_a.pk), {"public": "0"})
    product_a.refresh_from_db()
    assert not product_a.is_public


ALL_URLS = [
    ("ws-products", False),
    ("ws-product-create", False),
    *((name, True) for name in PRODUCT_URLS),
]


@pytest.mark.parametrize("name,with_pk", ALL_URLS)
def test_anonymous_visitors_are_sent_to_log_in(client, product_a, name, with_pk):
    before = snapshot(product_a)
    target = url(name, pk=product_a.pk) if with_pk else url(name)
    for response in (client.get(target), client.post(target, {"public": "0"})):
        assert response.status_code == 302
        assert "login" in response["Location"]
    assert snapshot(product_a) == before


@pytest.mark.parametrize("name,with_pk", ALL_URLS)
def test_people_without_a_shop_are_sent_to_open_one(
    client, buyer, product_a, name, with_pk
):
    before = snapshot(product_a)
    client.force_login(buyer)
    target = url(name, pk=product_a.pk) if with_pk else url(name)
    response = client.post(target, {"public": "0", "title": "x"})
    assert response.status_code == 302
    assert response["Location"] == url("shop-open")
    assert snapshot(product_a) == before


def test_staff_without_a_shop_do_not_edit_sellers_products_here(client, product_a):
    staff = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(staff)
    response = client.get(url("ws-product-edit", pk=product_a.pk))
    assert response.status_code == 302 and response["Location"] == url("shop-open")


@pytest.mark.parametrize("pk", [0, 2**31, 2**63, 10**30])
def test_ids_out_of_range_are_not_found(client, user_a, product_a, pk):
    client.force_login(user_a)
    assert client.get(url("ws-product-edit", pk=pk)).status_code == 404
    target = url("ws-product-image-delete", pk=product_a.pk, image_pk=pk)
    assert client.post(target).status_code == 404


def test_product_urls_live_under_my_shop():
    assert url("ws-products").endswith("/shop/my-shop/products/")
    assert resolve(url("ws-products")).url_name == "ws-products"
