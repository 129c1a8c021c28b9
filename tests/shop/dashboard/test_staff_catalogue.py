"""What the back office adds to Oscar's catalogue for staff: product review,
bounded prices and stock, clean descriptions and images, no seller permission."""

import io
from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from oscar.core.loading import get_model
from PIL import Image

from tests.factories import UserFactory
from tests.factories.shop import category as make_category
from tests.factories.shop import product
from tests.shop.sellers.conftest import form_data

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")
ProductImage = get_model("catalogue", "ProductImage")
StockRecord = get_model("partner", "StockRecord")


@pytest.fixture
def staff_client(client, staff_member):
    client.force_login(staff_member)
    return client


@pytest.fixture
def mug(seller):
    return product(
        seller, title="Taza", price="10.00", stock=5, category=make_category("General")
    )


def price_of(item):
    return StockRecord.objects.get(product=item).price


def edit(client, item, **changes):
    url = reverse("dashboard:catalogue-product", kwargs={"pk": item.pk})
    data = form_data(client.get(url))
    data.update(changes)
    return client.post(url, data)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("stockrecords-0-price", "-1"),
        ("stockrecords-0-price", "100000"),
        ("stockrecords-0-num_in_stock", "-1"),
        ("stockrecords-0-num_in_stock", "100001"),
    ],
)
def test_absurd_prices_and_stock_are_refused(staff_client, mug, field, value):
    response = edit(staff_client, mug, **{field: value})
    assert response.status_code == 200
    assert price_of(mug) == Decimal("10.00")
    assert StockRecord.objects.get(product=mug).num_in_stock == 5


def test_descriptions_are_sanitised(staff_client, mug):
    response = edit(
        staff_client, mug, description="<p>Bonita</p><script>alert(1)</script>"
    )
    assert response.status_code == 302
    mug.refresh_from_db()
    assert "Bonita" in mug.description and "alert(1)" not in mug.description


def image_bytes():
    out = io.BytesIO()
    image = Image.new("RGB", (50, 40), (200, 30, 30))
    exif = Image.Exif()
    exif[0x010F] = "SecretCam"
    image.save(out, format="JPEG", exif=exif.tobytes())
    return out.getvalue()


def test_images_are_checked_and_re_encoded(staff_client, mug):
    fake = SimpleUploadedFile("photo.jpg", b"hello", "image/jpeg")
    assert edit(staff_client, mug, **{"images-0-original": fake}).status_code == 200
    assert not ProductImage.objects.exists()
    real = SimpleUploadedFile("p.jpg", image_bytes(), "image/jpeg")
    assert edit(staff_client, mug, **{"images-0-original": real}).status_code == 302
    with ProductImage.objects.get(product=mug).original.open("rb") as fh:
        assert b"SecretCam" not in fh.read()


def test_staff_filter_and_approve_products_waiting_for_review(staff_client, seller):
    pending = product(seller, public=False, review_status=Product.Review.PENDING)
    listing = staff_client.get(
        reverse("dashboard:catalogue-product-list"), {"review_status": "pending"}
    )
    assert pending.title in listing.content.decode()
    staff_client.post(
        reverse("dashboard:catalogue-product-list"),
        {"action": "approve_products", "selected_product": [pending.pk]},
    )
    pending.refresh_from_db()
    assert pending.is_public and pending.review_status == Product.Review.APPROVED


def set_price(client, item, partner, **values):
    response = client.post(
        reverse("dashboard:catalogue-product-list"),
        {"action": "set_product_price", "selected_product": [item.pk]},
    )
    assert response.status_code == 302
    return client.post(
        response["Location"],
        {"selected_products": [item.pk], "partners": [partner.pk], **values},
        follow=True,
    )


@pytest.mark.parametrize(
    "values",
    [
        {"new_price": "100000"},
        {"increase_by_amount": "1e20"},
        {"increase_by_amount": "100000"},
        {"increase_by_percentage": "1e9"},
    ],
)
def test_bulk_prices_out_of_range_are_refused(staff_client, mug, seller, values):
    response = set_price(staff_client, mug, seller, **values)
    assert response.status_code == 200
    assert response.context["form"].errors
    assert price_of(mug) == Decimal("10.00")


def test_bulk_increases_stop_at_the_price_cap(staff_client, seller):
    dear = product(seller, title="Horno", price="99000.00")
    response = set_price(staff_client, dear, seller, increase_by_percentage="50")
    assert response.status_code == 200
    assert price_of(dear) == Decimal("99999.99")


def test_linking_a_user_to_a_shop_gives_no_dashboard_permission(staff_client, seller):
    member = UserFactory()
    staff_client.post(
        reverse(
            "dashboard:partner-user-link",
            kwargs={"partner_pk": seller.pk, "user_pk": member.pk},
        )
    )
    assert seller.users.filter(pk=member.pk).exists()
    permission = Permission.objects.get(codename="dashboard_access")
    assert not member.user_permissions.filter(pk=permission.pk).exists()
