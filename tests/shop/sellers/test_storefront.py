import pytest
from django.db import connection
from django.urls import reverse
from oscar.core.loading import get_model

from courses.certificates.models import Certificate
from tests.factories import shop as shop_factories

pytestmark = pytest.mark.django_db

Product = get_model("catalogue", "Product")


def test_storefront_shows_shop_trader_badges_and_listed_products(
    client, seller_a, user_a
):
    seller_a.description = "Piezas únicas."
    seller_a.languages = ["es", "pt"]
    seller_a.save()
    certificate = Certificate.objects.create(
        user=user_a,
        learner_name="Ana",
        course_title="Vender en línea",
        hours=10,
        language="es",
    )
    shop_factories.product(seller_a, title="Taza azul")
    shop_factories.product(seller_a, title="Taza oculta", public=False)
    shop_factories.product(
        seller_a, title="Taza pendiente", review_status=Product.Review.PENDING
    )
    response = client.get(reverse("shop:storefront", kwargs={"slug": seller_a.code}))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Piezas únicas." in html
    assert seller_a.trader_legal_name in html
    assert "Calle Mayor 1" in html
    assert "Portuguese" in html or "Portugués" in html
    assert reverse("certificates:verify", kwargs={"code": certificate.code}) in html
    assert "Vender en línea" in html
    assert "Taza azul" in html
    assert "Taza oculta" not in html
    assert "Taza pendiente" not in html


def test_unapproved_shop_is_hidden_except_from_its_people(client, buyer):
    partner = shop_factories.dashboard_seller(name="Pendiente", approved=False)
    url = reverse("shop:storefront", kwargs={"slug": partner.code})
    assert client.get(url).status_code == 404
    client.force_login(buyer)
    assert client.get(url).status_code == 404
    client.force_login(partner.users.get())
    response = client.get(url)
    assert response.status_code == 200
    assert "aún no vende" in response.content.decode()


def test_directory_lists_only_approved_shops(client, seller_a):
    shop_factories.dashboard_seller(name="Pendiente", approved=False)
    html = client.get(reverse("shop:sellers")).content.decode()
    assert "Cerámica Ana" in html
    assert "Pendiente" not in html


def test_storefront_queries_do_not_grow_with_products(
    client, seller_a, user_a, django_assert_max_num_queries
):
    shop_factories.products_bulk([seller_a], 300)
    for n in range(3):
        Certificate.objects.create(
            user=user_a,
            learner_name="Ana",
            course_title=f"C{n}",
            hours=1,
            language="es",
        )
    url = reverse("shop:storefront", kwargs={"slug": seller_a.code})
    with django_assert_max_num_queries(15):
        response = client.get(url + "?page=2")
    assert response.status_code == 200
    assert response.content.decode().count("product-card") >= 24


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="PostgreSQL's plan is the point"
)
def test_the_storefront_reads_only_its_own_products_on_postgresql(db):
    """Not the whole product table: the shop's stock records by partner, then
    its products by key (the join with DISTINCT read all 20,000 before)."""
    from shop.sellers.selectors import partner_products

    shops = [shop_factories.seller(code=f"plan-{n}") for n in range(50)]
    shop_factories.products_bulk(shops, 5000)
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")

    listed = partner_products(partner=shops[7])
    plan = listed[:24].explain()

    assert "Seq Scan on catalogue_product " not in plan, plan
    assert listed.count() == 100
