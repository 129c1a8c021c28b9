"""Product photos in the workspace: several at once, checked, reordered, described."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from oscar.core.loading import get_model
from PIL import Image

from shop.sellers import products as product_services
from tests.shop.workspace.helpers import (
    form_data,
    image_bytes,
    image_upload,
    snapshot,
    url,
)

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")
ProductImage = get_model("catalogue", "ProductImage")


def add_photos(product, n: int) -> list:
    return [
        ProductImage.objects.create(
            product=product,
            original=image_upload(f"p{i}.jpg", color=(i * 20, 10, 10)),
            display_order=i,
        )
        for i in range(n)
    ]


def post_edit(client, product, photos=None, **changes):
    data = form_data(client.get(url("ws-product-edit", pk=product.pk)))
    data.update(changes)
    if photos is not None:
        data["photos"] = photos
    return client.post(url("ws-product-edit", pk=product.pk), data)


def order_of(product) -> list:
    return list(
        product.images.order_by("display_order", "pk").values_list("pk", flat=True)
    )


def test_several_photos_at_once_on_create(client, user_a, category):
    client.force_login(user_a)
    data = form_data(client.get(url("ws-product-create")))
    data.update(
        title="Con fotos",
        kind="product",
        category=str(category.pk),
        price="5",
        num_in_stock="1",
        photos=[image_upload(f"f{i}.jpg") for i in range(3)],
    )
    response = client.post(url("ws-product-create"), data)
    assert response.status_code == 302
    product = Product.objects.get(title="Con fotos")
    assert list(product.images.values_list("display_order", flat=True)) == [0, 1, 2]


def test_photos_are_re_encoded_without_metadata(client, user_a, product_a):
    client.force_login(user_a)
    upload = SimpleUploadedFile("p.jpg", image_bytes(exif=True), "image/jpeg")
    assert post_edit(client, product_a, photos=[upload]).status_code == 302
    stored = ProductImage.objects.get(product=product_a)
    with stored.original.open("rb") as fh:
        content = fh.read()
    assert b"SecretCam" not in content
    assert Image.open(io.BytesIO(content)).format == "JPEG"


def test_photos_are_added_after_the_existing_ones(client, user_a, product_a):
    first = add_photos(product_a, 2)
    client.force_login(user_a)
    post_edit(client, product_a, photos=[image_upload("n.jpg")])
    assert order_of(product_a)[:2] == [image.pk for image in first]
    assert len(order_of(product_a)) == 3


def test_twenty_photos_at_once_are_refused(client, user_a, category):
    client.force_login(user_a)
    data = form_data(client.get(url("ws-product-create")))
    data.update(
        title="Demasiadas",
        kind="product",
        category=str(category.pk),
        price="5",
        num_in_stock="1",
        photos=[image_upload(f"f{i}.jpg") for i in range(20)],
    )
    response = client.post(url("ws-product-create"), data)
    assert response.status_code == 200
    errors = response.context["form"].errors["photos"]
    assert any("10" in error for error in errors)
    assert not Product.objects.exists() and not ProductImage.objects.exists()


def test_the_cap_counts_the_photos_already_there(client, user_a, product_a):
    add_photos(product_a, 8)
    before = snapshot(product_a)
    client.force_login(user_a)
    response = post_edit(
        client, product_a, photos=[image_upload(f"x{i}.jpg") for i in range(3)]
    )
    assert response.status_code == 200
    assert "2" in " ".join(response.context["form"].errors["photos"])
    assert snapshot(product_a) == before


def test_a_product_with_ten_photos_offers_no_upload(client, user_a, product_a):
    add_photos(product_a, 10)
    client.force_login(user_a)
    page = client.get(url("ws-product-edit", pk=product_a.pk)).content.decode()
    assert 'name="photos"' not in page


def test_service_refuses_more_than_the_cap_too(seller_a, user_a, product_a):
    add_photos(product_a, 10)
    with pytest.raises(ValidationError):
        product_services.product_images_add(
            product=product_a, partner=seller_a, by=user_a, images=[image_upload()]
        )
    assert product_a.images.count() == 10


@pytest.mark.parametrize(
    "upload",
    [
        SimpleUploadedFile("photo.jpg", b"hello, not an image", "image/jpeg"),
        SimpleUploadedFile("doc.pdf", b"%PDF-1.4 not an image", "application/pdf"),
        SimpleUploadedFile("empty.jpg", b"", "image/jpeg"),
    ],
    ids=["text-named-jpg", "pdf", "empty"],
)
def test_files_that_are_not_images_are_refused(client, user_a, product_a, upload):
    before = snapshot(product_a)
    client.force_login(user_a)
    response = post_edit(client, product_a, photos=[upload])
    assert response.status_code == 200
    assert response.context["form"].errors["photos"]
    assert snapshot(product_a) == before


def test_one_bad_file_among_good_ones_adds_none(client, user_a, product_a):
    client.force_login(user_a)
    bad = SimpleUploadedFile("bad.png", b"nope", "image/png")
    response = post_edit(client, product_a, photos=[image_upload(), bad])
    errors = " ".join(response.context["form"].errors["photos"])
    assert "bad.png" in errors
    assert not product_a.images.exists()


def test_too_wide_image_is_refused(client, user_a, product_a):
    client.force_login(user_a)
    wide = SimpleUploadedFile(
        "w.png", image_bytes(size=(12001, 10), fmt="PNG"), "image/png"
    )
    response = post_edit(client, product_a, photos=[wide])
    assert "12000" in " ".join(response.context["form"].errors["photos"])
    assert not product_a.images.exists()


def test_a_phone_sized_photo_is_kept_smaller(client, user_a, product_a):
    from PIL import Image

    client.force_login(user_a)
    photo = SimpleUploadedFile(
        "IMG_0001.jpg", image_bytes(size=(4032, 3024), fmt="JPEG"), "image/jpeg"
    )
    post_edit(client, product_a, photos=[photo])
    stored = product_a.images.get()
    with Image.open(stored.original) as image:
        assert max(image.size) == 2400


def test_fifty_megabyte_file_is_refused(client, user_a, product_a):
    client.force_login(user_a)
    heavy = SimpleUploadedFile(
        "h.jpg", b"\xff\xd8" + b"0" * (50 * 1024 * 1024), "image/jpeg"
    )
    response = post_edit(client, product_a, photos=[heavy])
    assert response.status_code == 200
    assert "5 MB" in " ".join(response.context["form"].errors["photos"])
    assert not product_a.images.exists()


def test_other_errors_ask_to_choose_the_photos_again(client, user_a, product_a):
    client.force_login(user_a)
    response = post_edit(client, product_a, photos=[image_upload()], price="-5")
    assert response.context["form"].errors["photos"]
    assert not product_a.images.exists()


def test_photos_move_earlier_and_later(client, user_a, product_a):
    one, two, three = add_photos(product_a, 3)
    client.force_login(user_a)
    move = url("ws-product-image-move", pk=product_a.pk, image_pk=three.pk)
    response = client.post(move, {"direction": "up"})
    assert response["Location"].endswith("#photos")
    assert order_of(product_a) == [one.pk, three.pk, two.pk]
    client.post(move, {"direction": "up"})
    assert order_of(product_a) == [three.pk, one.pk, two.pk]
    client.post(move, {"direction": "up"})  # already first: nothing moves
    assert order_of(product_a) == [three.pk, one.pk, two.pk]
    client.post(
        url("ws-product-image-move", pk=product_a.pk, image_pk=two.pk),
        {"direction": "down"},
    )
    assert order_of(product_a) == [three.pk, one.pk, two.pk]
    assert list(
        product_a.images.order_by("display_order").values_list(
            "display_order", flat=True
        )
    ) == [0, 1, 2]
    # The main photo (first) is what buyers see first.
    assert product_a.primary_image().pk == three.pk


@pytest.mark.parametrize("direction", ["", "left", "up; drop", None])
def test_tampered_move_changes_nothing(client, user_a, product_a, direction):
    images = add_photos(product_a, 2)
    client.force_login(user_a)
    data = {} if direction is None else {"direction": direction}
    response = client.post(
        url("ws-product-image-move", pk=product_a.pk, image_pk=images[1].pk), data
    )
    assert response.status_code == 302
    assert order_of(product_a) == [image.pk for image in images]


def test_delete_a_photo_keeps_the_rest_in_order(client, user_a, product_a):
    one, two, three = add_photos(product_a, 3)
    client.force_login(user_a)
    client.post(url("ws-product-image-delete", pk=product_a.pk, image_pk=one.pk))
    assert order_of(product_a) == [two.pk, three.pk]
    assert list(
        product_a.images.order_by("display_order").values_list(
            "display_order", flat=True
        )
    ) == [0, 1]


def test_photo_actions_need_post(client, user_a, product_a):
    (image,) = add_photos(product_a, 1)
    client.force_login(user_a)
    for name in ("ws-product-image-move", "ws-product-image-delete"):
        response = client.get(url(name, pk=product_a.pk, image_pk=image.pk))
        assert response.status_code == 405
    assert product_a.images.count() == 1


def test_alt_text_is_saved_with_the_form(client, user_a, product_a):
    one, two = add_photos(product_a, 2)
    client.force_login(user_a)
    response = post_edit(
        client,
        product_a,
        **{f"caption_{one.pk}": "Taza azul de frente", f"caption_{two.pk}": ""},
    )
    assert response.status_code == 302
    one.refresh_from_db()
    assert one.caption == "Taza azul de frente"
    page = client.get(url("ws-product-edit", pk=product_a.pk)).content.decode()
    assert 'value="Taza azul de frente"' in page


def test_too_long_alt_text_is_refused(client, user_a, product_a):
    (image,) = add_photos(product_a, 1)
    before = snapshot(product_a)
    client.force_login(user_a)
    response = post_edit(client, product_a, **{f"caption_{image.pk}": "x" * 201})
    assert response.status_code == 200
    assert response.context["form"].errors[f"caption_{image.pk}"]
    assert snapshot(product_a) == before


def test_edit_page_has_move_and_delete_buttons_that_work_without_js(
    client, user_a, product_a
):
    images = add_photos(product_a, 2)
    client.force_login(user_a)
    html = client.get(url("ws-product-edit", pk=product_a.pk)).content.decode()
    assert 'id="ws-photo-actions"' in html
    move = url("ws-product-image-move", pk=product_a.pk, image_pk=images[1].pk)
    assert f'formaction="{move}"' in html
    assert 'value="up"' in html and 'value="down"' in html
