"""Oscar's catalogue dashboard is the staff's: sellers are kept out of it.

Sellers manage their products in the sellers' workspace (my-shop/products/,
tests in tests/shop/workspace/test_products*.py). Here: a seller (as opening a
shop makes them, without Oscar's dashboard permission) gets no dashboard page
and changes nothing through it, and staff still review products there.

Oscar's dashboard catalogue URLs (oscar/apps/dashboard/catalogue/apps.py):
catalogue-product-list, catalogue-product-create (redirect and per class),
catalogue-product, catalogue-product-create-child, catalogue-product-delete,
catalogue-product-bulk-action, catalogue-product-lookup, stock-alert-list,
catalogue-category-* , catalogue-class-*, catalogue-attribute-option-group-*,
catalogue-option-*; plus our seller-review-list / seller-review.
"""

import pytest
from django.urls import reverse
from oscar.core.loading import get_model

from shop.services.catalogue import PHYSICAL, product_classes_ensure
from tests.factories import shop as shop_factories

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")


@pytest.fixture
def seller_a(db):
    # Not dashboard_seller: opening a shop grants no dashboard permission.
    return shop_factories.seller(name="Cerámica Ana")


@pytest.fixture
def seller_b(db):
    return shop_factories.seller(name="Contabilidad Karim")


@pytest.fixture
def product_a(seller_a, category):
    return shop_factories.product(
        seller_a, title="Taza de A", price="10.00", stock=5, category=category
    )


@pytest.fixture
def product_b(seller_b, category):
    return shop_factories.product(
        seller_b, title="Libro de B", price="20.00", stock=7, category=category
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


# --- sellers are kept out ------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    ["catalogue-product", "catalogue-product-delete", "catalogue-product-create-child"],
)
@pytest.mark.parametrize("whose", ["own", "other"])
def test_sellers_cannot_open_or_change_products_in_the_dashboard(
    client, seller_a, product_a, product_b, name, whose
):
    product = product_a if whose == "own" else product_b
    before = snapshot(product)
    client.force_login(seller_a.users.get())
    kwarg = "parent_pk" if name.endswith("child") else "pk"
    url = reverse(f"dashboard:{name}", kwargs={kwarg: product.pk})
    assert client.get(url).status_code == 403
    response = client.post(url, {"title": "Cambiado", "stockrecords-0-price": "0"})
    assert response.status_code == 403
    assert Product.objects.filter(pk=product.pk).exists()
    assert snapshot(product) == before


def test_sellers_cannot_list_look_up_or_create_in_the_dashboard(
    client, seller_a, product_a
):
    client.force_login(seller_a.users.get())
    for url in (
        reverse("dashboard:index"),
        reverse("dashboard:catalogue-product-list"),
        reverse("dashboard:catalogue-product-lookup"),
        reverse(
            "dashboard:catalogue-product-create",
            kwargs={"product_class_slug": PHYSICAL},
        ),
    ):
        assert client.get(url).status_code in (302, 403), url
        assert "Taza de A" not in client.get(url).content.decode()
    count = Product.objects.count()
    client.post(
        reverse(
            "dashboard:catalogue-product-create",
            kwargs={"product_class_slug": PHYSICAL},
        ),
        {"title": "Nuevo", "stockrecords-0-price": "1"},
    )
    assert Product.objects.count() == count


def test_bulk_actions_are_closed_to_sellers(client, seller_a, product_a, product_b):
    before = [snapshot(product_a), snapshot(product_b)]
    client.force_login(seller_a.users.get())
    list_url = reverse("dashboard:catalogue-product-list")
    for action in (
        "make_products_non_public",
        "make_products_public",
        "set_product_price",
        "approve_products",
    ):
        response = client.post(
            list_url,
            {"action": action, "selected_product": [product_a.pk, product_b.pk]},
        )
        assert response.status_code == 403
    client.post(
        reverse("dashboard:catalogue-product-bulk-action"),
        {
            "action": "set_product_price",
            "selected_products": [product_a.pk, product_b.pk],
            "new_price": "1",
        },
    )
    assert [snapshot(product_a), snapshot(product_b)] == before


@pytest.mark.parametrize(
    "name",
    [
        "stock-alert-list",
        "catalogue-category-list",
        "catalogue-category-create",
        "catalogue-class-list",
        "catalogue-class-create",
        "catalogue-option-list",
        "catalogue-attribute-option-group-list",
        "seller-review-list",
    ],
)
def test_shop_wide_pages_are_closed_to_sellers(client, seller_a, name):
    client.force_login(seller_a.users.get())
    assert client.get(reverse(f"dashboard:{name}")).status_code == 403


def test_shop_wide_object_pages_are_closed_to_sellers(client, seller_a, category):
    product_class = product_classes_ensure()[PHYSICAL]
    client.force_login(seller_a.users.get())
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


# --- staff review products there --------------------------------------------------


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


def test_staff_reject_products_from_the_list(client, staff, seller_a):
    pending = shop_factories.product(
        seller_a, public=False, review_status=Product.Review.PENDING
    )
    client.force_login(staff)
    client.post(
        reverse("dashboard:catalogue-product-list"),
        {"action": "reject_products", "selected_product": [pending.pk]},
    )
    pending.refresh_from_db()
    assert not pending.is_public
    assert pending.review_status == Product.Review.REJECTED


def test_staff_open_any_sellers_product(client, staff, product_a, product_b):
    client.force_login(staff)
    for product in (product_a, product_b):
        url = reverse("dashboard:catalogue-product", kwargs={"pk": product.pk})
        assert client.get(url).status_code == 200
