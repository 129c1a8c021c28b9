"""The demo marketplace: shops across Spain and Portugal, products, images, reviews."""

import pytest
from oscar.core.loading import get_model

from shop.demo import shop_seed
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")
ProductImage = get_model("catalogue", "ProductImage")
ProductReview = get_model("reviews", "ProductReview")


def test_shop_seed_builds_a_browsable_marketplace_once(client):
    for email in ("karim@rumbo.example", "grace@rumbo.example", "joao@rumbo.example"):
        UserFactory(email=email)

    first = shop_seed()
    second = shop_seed()

    assert first["created"] >= 60 and second["created"] == 0
    shops = Partner.objects.filter(trader_status=Partner.TraderStatus.APPROVED)
    assert shops.count() >= 8
    assert {"es-an", "pt-fa", "pt-li", "es-ga"} <= set(
        shops.values_list("region", flat=True)
    )
    ana_shop = Partner.objects.get(users__email="ana@rumbo.example")
    assert ana_shop.users.get().emailaddress_set.get().verified
    assert (
        Partner.objects.get(code="ceramica-aljaraque")
        .users.get()
        .check_password("rumbo-demo-2026")
    )
    assert Product.objects.filter(upc__startswith="DEMO-").count() >= 60
    assert ProductImage.objects.count() == Product.objects.count()
    assert ProductReview.objects.count() >= 5

    html = client.get("/es/shop/catalogue/").content.decode()
    assert "Miel de castaño de Aracena" in html or "Página 1 de" in html
    assert "resultados" in html and "0 resultados" not in html
    found = client.get("/pt/shop/search/", {"q": "cortiça"}).content.decode()
    assert "Carteira em cortiça" in found
