"""The demo marketplace: shops across Spain and Portugal, products, images,
reviews, and for every demo seller a shop they can run from the workspace."""

import pytest
from django.contrib.auth.models import Permission
from django.db.models import Count
from django.urls import NoReverseMatch, reverse
from oscar.core.loading import get_model

from demo.seeders.shop import SHOPS, shop_seed
from shop.models import Inquiry
from shop.order import status as st
from tests.demo.seeding import seeded_for_module
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")
ProductImage = get_model("catalogue", "ProductImage")
ProductReview = get_model("reviews", "ProductReview")
Order = get_model("order", "Order")
Line = get_model("order", "Line")
SellerShipping = get_model("order", "SellerShipping")

SELLERS = [email for _code, _name, email, *_rest in SHOPS]


def _seed_twice():
    for email in ("karim@rumbo.example", "grace@rumbo.example", "joao@rumbo.example"):
        UserFactory(email=email)
    return shop_seed(), shop_seed()


@pytest.fixture(scope="module")
def seeded_twice(django_db_setup, django_db_blocker):
    with seeded_for_module(django_db_blocker, _seed_twice) as results:
        yield results


@pytest.fixture
def seeded(seeded_twice, db):
    return seeded_twice[0]


def test_shop_seed_builds_a_browsable_marketplace_once(client, seeded_twice):
    first, second = seeded_twice

    assert first["created"] >= 60 and second["created"] == 0
    assert first["orders"] >= 10 and second["orders"] == 0
    assert first["inquiries"] >= 10 and second["inquiries"] == 0
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


def test_demo_shops_are_opened_approved_and_sell_through_the_services(seeded):
    for email in SELLERS:
        shop = Partner.objects.get(users__email=email)
        assert shop.created_by.email == email
        assert shop.trader_submitted_at and shop.trader_reviewed_at
        assert shop.can_sell and not shop.products_need_approval
    # Sellers need no permission: the workspace is for the people of a shop.
    permission = Permission.objects.get(
        codename="dashboard_access", content_type__app_label="partner"
    )
    assert not permission.user_set.filter(email__in=SELLERS).exists()

    # Orders in every state, some with items of three sellers.
    orders = Order.objects.filter(number__startswith="DEMO-")
    assert orders.count() >= 10
    statuses = set(
        Line.objects.filter(order__in=orders).values_list("status", flat=True)
    )
    assert statuses == {
        st.AWAITING_PAYMENT,
        st.PAID,
        st.SHIPPED,
        st.COMPLETED,
        st.CANCELLED,
    }
    sellers_per_order = orders.annotate(
        sellers=Count("lines__partner", distinct=True)
    ).values_list("sellers", flat=True)
    assert max(sellers_per_order) >= 3
    shipped = SellerShipping.objects.filter(order__in=orders).exclude(
        tracking_reference=""
    )
    assert shipped.exists() and all(s.carrier for s in shipped)
    for email in SELLERS:
        mine = set(
            Line.objects.filter(partner__users__email=email).values_list(
                "status", flat=True
            )
        )
        assert len(mine) == 5, email


def _get(client, name, query=""):
    try:
        url = reverse(name)
    except NoReverseMatch:  # a workspace section still being built
        return None
    response = client.get(url + query)
    assert response.status_code == 200, (name, response.status_code)
    return response


def test_every_demo_seller_runs_their_shop_from_the_workspace(client, seeded):
    for email in SELLERS:
        _seller_journey(client, email)


def _seller_journey(client, email):
    from users.models import User

    shop = Partner.objects.get(users__email=email)
    client.force_login(User.objects.get(email=email))
    response = _get(client, "shop:my-shop")
    html = response.content.decode()
    assert shop.name in html
    todo = response.context["todo"]
    assert todo.to_mark_paid >= 1
    assert todo.to_ship >= 1
    assert todo.inquiries_waiting >= 1
    assert todo.low_stock >= 1
    assert not todo.trader_to_fix
    for item in response.context["todo_items"]:
        assert str(item["text"]) in html
    figures = response.context["figures"]
    assert figures.orders >= 3 and figures.revenue > 0
    assert response.context["chart"].total > 0

    for name in ("shop:ws-settings", "shop:team", "shop:trader"):
        assert shop.name in _get(client, name).content.decode()
    questions = _get(client, "shop:ws-inquiries")
    assert any(i.waiting for i in questions.context["inquiries"])
    waiting = Inquiry.objects.filter(partner=shop).first()
    page = client.get(reverse("shop:ws-inquiry", args=[waiting.pk]))
    assert waiting.message in page.content.decode()
    # The sections other teams build, once they exist.
    _get(client, "shop:ws-products")
    _get(client, "shop:ws-orders")
    _get(client, "shop:ws-orders", "?status=awaiting")
    _get(client, "shop:ws-statement")
