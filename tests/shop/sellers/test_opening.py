import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from oscar.core.loading import get_model

from tests.factories import UserFactory
from tests.factories import shop as shop_factories

pytestmark = pytest.mark.django_db

Partner = get_model("partner", "Partner")


def test_anonymous_is_sent_to_log_in(client):
    response = client.get(reverse("shop:shop-open"))
    assert response.status_code == 302
    assert reverse("account_login") in response["Location"]


def test_buyer_opens_a_shop_in_three_steps(client, buyer):
    client.force_login(buyer)
    response = client.post(
        reverse("shop:shop-open"),
        {"name": "Cerámica Ana", "offer": "Cerámica", "description": "Hecho a mano."},
    )
    partner = Partner.objects.get(name="Cerámica Ana")
    assert (
        response["Location"] == reverse("shop:shop-edit", args=["place"]) + "?opening=1"
    )
    response = client.post(
        response["Location"],
        {"city": "Huelva", "region": "es-an", "languages": ["es", "pt"]},
    )
    assert response["Location"].startswith(reverse("shop:shop-edit", args=["contact"]))
    response = client.post(response["Location"], {"public_email": "shop@example.org"})
    assert response["Location"] == reverse("shop:my-shop")
    partner.refresh_from_db()
    assert list(partner.users.all()) == [buyer]
    assert partner.languages == ["es", "pt"]
    assert partner.public_email == "shop@example.org"
    assert partner.trader_status == Partner.TraderStatus.MISSING
    # Sellers work in the workspace: opening a shop grants no Oscar dashboard.
    buyer = type(buyer).objects.get(pk=buyer.pk)
    assert not buyer.has_perm("partner.dashboard_access")
    assert client.get(reverse("dashboard:index")).status_code in (302, 403)
    page = client.get(reverse("shop:my-shop"))
    html = page.content.decode()
    assert "Cerámica Ana" in html
    assert reverse("shop:trader") in html  # the to-do: give trader details


def test_a_second_shop_is_refused(client, seller_a, user_a):
    client.force_login(user_a)
    response = client.post(
        reverse("shop:shop-open"), {"name": "Otra", "offer": "Más cosas"}
    )
    assert response.status_code == 302
    assert not Partner.objects.filter(name="Otra").exists()


def test_logo_that_is_not_an_image_is_refused(client, buyer):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(buyer)
    response = client.post(
        reverse("shop:shop-open"),
        {
            "name": "Logo malo",
            "offer": "x",
            "logo": SimpleUploadedFile("logo.jpg", b"not an image", "image/jpeg"),
        },
    )
    assert response.status_code == 200
    assert not Partner.objects.filter(name="Logo malo").exists()


def test_owner_adds_an_existing_user_by_email(client, seller_a, user_a):
    colleague = UserFactory(email="colleague@example.org")
    client.force_login(user_a)
    response = client.post(reverse("shop:team"), {"email": "Colleague@example.org"})
    assert response.status_code == 302
    assert colleague in seller_a.users.all()
    colleague = type(colleague).objects.get(pk=colleague.pk)
    assert not colleague.has_perm("partner.dashboard_access")
    client.force_login(colleague)
    assert "Cerámica Ana" in client.get(reverse("shop:my-shop")).content.decode()


def test_adding_unknown_or_other_shops_user_is_refused(
    client, seller_a, user_a, seller_b, user_b
):
    client.force_login(user_a)
    response = client.post(reverse("shop:team"), {"email": "nobody@example.org"})
    assert "Nadie tiene una cuenta" in response.content.decode()
    response = client.post(reverse("shop:team"), {"email": user_b.email})
    assert "ya gestiona otra tienda" in response.content.decode()
    assert list(seller_a.users.all()) == [user_a]


def test_seller_cannot_remove_another_shops_member(client, user_a, seller_b, user_b):
    client.force_login(user_a)
    client.post(reverse("shop:team-remove", args=[user_b.pk]))
    assert user_b in seller_b.users.all()


def test_permission_is_the_one_oscar_checks():
    assert Permission.objects.filter(
        content_type__app_label="partner", codename="dashboard_access"
    ).exists()
    assert shop_factories  # factories importable
