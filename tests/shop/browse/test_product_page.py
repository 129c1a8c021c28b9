"""The product page: seller, price, buying or asking, and reviews."""

import pytest
from django.urls import reverse
from django.utils import translation
from oscar.core.loading import get_model

from tests.factories import UserFactory
from tests.factories.shop import product, seller

pytestmark = pytest.mark.django_db

ProductReview = get_model("reviews", "ProductReview")


def _html(response) -> str:
    assert response.status_code == 200
    return response.content.decode()


def test_product_page_shows_seller_with_storefront_link_and_location(client):
    shop = seller(name="Olivar de Moura", region="pt-al", city="Moura")
    item = product(
        shop,
        title="Azeite virgem extra",
        price="14.90",
        description="<p>Colheita <strong>2026</strong>.</p>",
    )

    with translation.override("es"):
        url = item.get_absolute_url()
    html = _html(client.get(url))

    assert "Azeite virgem extra" in html
    assert "14,90\xa0€" in html
    assert "Olivar de Moura" in html
    assert reverse("shop:storefront", kwargs={"slug": shop.code}) in html
    assert "Moura, Alentejo" in html
    assert "Colheita" in html and "2026" in html
    assert 'id="add_to_basket_form"' in html


def test_product_description_is_sanitised(client):
    item = product(
        seller(),
        title="Cesta",
        description='<p onclick="x()">Hola</p><script>alert(1)</script>',
    )

    html = _html(client.get(item.get_absolute_url()))

    assert "<script>alert(1)" not in html
    assert "onclick" not in html


@pytest.mark.parametrize(
    "kwargs",
    [{"public": False}, {"review_status": "pending"}, {"review_status": "rejected"}],
)
def test_product_not_on_sale_is_not_found_for_visitors(client, kwargs):
    item = product(seller(), **kwargs)

    assert client.get(item.get_absolute_url()).status_code == 404


def test_product_of_unapproved_seller_is_not_found_but_its_seller_sees_it(client):
    owner = UserFactory()
    item = product(seller(user=owner, approved=False), title="Jabón artesano")

    assert client.get(item.get_absolute_url()).status_code == 404
    client.force_login(owner)
    assert "Jabón artesano" in _html(client.get(item.get_absolute_url()))


def test_reviews_are_shown_with_their_average(client):
    item = product(seller(), title="Mermelada de higo")
    for score, name in ((5, "Marta"), (4, "Rui")):
        ProductReview.objects.create(
            product=item,
            score=score,
            title=f"Opinión de {name}",
            body="Muy rica.",
            name=name,
            email=f"{name}@example.org",
        )

    html = _html(client.get(item.get_absolute_url()))

    assert "Opinión de Marta" in html
    assert "Opinión de Rui" in html
    assert "4,5" in html
    assert (
        "Log in to write a review" in html
        or "reseña" in html.lower()
        or "login" in html
    )


def test_signed_in_buyer_posts_a_review_and_sees_it(client, user):
    item = product(seller(), title="Sobrasada de Huelva")
    client.force_login(user)

    page = _html(client.get(item.get_absolute_url()))
    action = reverse(
        "catalogue:reviews-add",
        kwargs={"product_slug": item.slug, "product_pk": item.pk},
    )
    assert f'action="{action}"' in page

    response = client.post(
        action, {"title": "Excelente", "score": 5, "body": "Repetiré."}
    )

    assert response.status_code == 302
    review = ProductReview.objects.get(product=item)
    assert review.user == user
    html = _html(client.get(item.get_absolute_url()))
    assert "Excelente" in html
    assert f'action="{action}"' not in html  # one review per buyer


def test_inquiry_only_product_shows_no_basket_form(client, settings, tmp_path):
    # The inquiry form is another part of the shop; stand in for it if absent.
    from django.template import TemplateDoesNotExist
    from django.template.loader import get_template

    try:
        get_template("shop/includes/inquiry_form.html")
    except TemplateDoesNotExist:
        (tmp_path / "shop" / "includes").mkdir(parents=True)
        (tmp_path / "shop" / "includes" / "inquiry_form.html").write_text(
            "<form id='inquiry'>{{ product.title }}</form>"
        )
        settings.TEMPLATES = [
            {
                **settings.TEMPLATES[0],
                "DIRS": [tmp_path, *settings.TEMPLATES[0]["DIRS"]],
            }
        ]
    item = product(
        seller(), title="Consultoría fiscal", service=True, inquiry_only=True
    )

    html = _html(client.get(item.get_absolute_url()))

    assert 'id="add_to_basket_form"' not in html
