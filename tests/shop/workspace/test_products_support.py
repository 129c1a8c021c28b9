"""Fixtures and helpers shared by the workspace's product tests (no tests here).

Test modules import the fixtures they use from here.
"""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from oscar.core.loading import get_model
from PIL import Image

from tests.factories import UserFactory
from tests.factories import shop as shop_factories
from tests.shop.sellers.conftest import form_data

Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")
ProductImage = get_model("catalogue", "ProductImage")
StockRecord = get_model("partner", "StockRecord")

__all__ = [
    "buyer",
    "category",
    "form_data",
    "image_bytes",
    "image_upload",
    "product_a",
    "product_b",
    "seller_a",
    "seller_b",
    "snapshot",
    "url",
    "user_a",
    "user_b",
]


def url(name: str, **kwargs) -> str:
    return reverse(f"shop:{name}", kwargs=kwargs or None)


@pytest.fixture
def category(db):
    return shop_factories.category("Cerámica")


@pytest.fixture
def seller_a(db):
    # A seller as opening a shop makes them: no Oscar dashboard permission.
    return shop_factories.seller(name="Cerámica Ana", region=Partner.Region.ANDALUCIA)


@pytest.fixture
def seller_b(db):
    return shop_factories.seller(name="Mel do Algarve", region=Partner.Region.ALGARVE)


@pytest.fixture
def user_a(seller_a):
    return seller_a.users.get()


@pytest.fixture
def user_b(seller_b):
    return seller_b.users.get()


@pytest.fixture
def buyer(db):
    return UserFactory()


@pytest.fixture
def product_a(seller_a, category):
    return shop_factories.product(
        seller_a, title="Taza de Ana", price="10.00", stock=5, category=category
    )


@pytest.fixture
def product_b(seller_b, category):
    product = shop_factories.product(
        seller_b, title="Mel de Karim", price="20.00", stock=7, category=category
    )
    ProductImage.objects.create(
        product=product, original=image_upload("b.jpg"), caption="Pote de mel"
    )
    return product


def image_bytes(size=(60, 40), fmt="JPEG", exif=False, color=(200, 30, 30)) -> bytes:
    out = io.BytesIO()
    image = Image.new("RGB", size, color)
    if exif:
        data = Image.Exif()
        data[0x010F] = "SecretCam"  # Make
        image.save(out, format=fmt, exif=data.tobytes())
    else:
        image.save(out, format=fmt)
    return out.getvalue()


def image_upload(name="photo.jpg", **kwargs) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, image_bytes(**kwargs), "image/jpeg")


def snapshot(product) -> tuple:
    """What a seller could change about a product, to compare before and after."""
    product = Product.objects.get(pk=product.pk)
    record = StockRecord.objects.get(product=product)
    images = tuple(
        product.images.order_by("display_order", "pk").values_list(
            "pk", "caption", "display_order"
        )
    )
    return (
        product.title,
        product.description,
        product.is_public,
        product.review_status,
        product.product_class_id,
        product.inquiry_only,
        record.partner_id,
        record.price,
        record.vat_rate,
        record.num_in_stock,
        record.low_stock_threshold,
        images,
    )
