"""Helpers shared by the workspace's tests (fixtures are in conftest.py).

Product pages: workspace URLs, photos, what a seller could change about a
product, what a browser would post. Browser pages: one check for axe-core,
sideways scrolling and a screenshot.
"""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from oscar.core.loading import get_model
from PIL import Image

from tests.factories import shop as shop_factories
from tests.shop.sellers.conftest import form_data

Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")

__all__ = [
    "form_data",
    "image_bytes",
    "image_upload",
    "page_check",
    "portuguese_seller_b_fixture",
    "snapshot",
    "url",
]


def url(name: str, **kwargs) -> str:
    return reverse(f"shop:{name}", kwargs=kwargs or None)


@pytest.fixture(name="seller_b")
def portuguese_seller_b_fixture(db):
    """Seller B as a Portuguese shop (its VAT rates), for the product tests:
    they import it over conftest's seller B."""
    return shop_factories.seller(name="Mel do Algarve", region=Partner.Region.ALGARVE)


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


def page_check(page, tmp_path, name, problems):
    """Note the page's axe-core violations and sideways scrolling in
    `problems`, and save a screenshot."""
    # Imported here: tests/e2e/conftest.py lets the ORM run beside Playwright's
    # event loop (DJANGO_ALLOW_ASYNC_UNSAFE) as soon as it is imported, which
    # the tests without a browser must not inherit.
    from tests.e2e.axe import axe_violations, format_violations
    from tests.e2e.conftest import shot
    from tests.e2e.layout import assert_no_horizontal_scroll

    page.wait_for_load_state("load")
    violations = axe_violations(page)
    if violations:
        problems.append(format_violations(violations, page.url))
    try:
        assert_no_horizontal_scroll(page)
    except AssertionError as exc:
        problems.append(str(exc))
    shot(page, tmp_path, name)
