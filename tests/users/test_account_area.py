"""The account area: profile, sections per area, data export and deletion."""

import json

import pytest
from django.contrib.auth import get_user_model
from oscar.test.factories import ShippingAddressFactory, create_order

User = get_user_model()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/en/accounts/",
        "/en/accounts/profile/",
        "/en/accounts/data/",
        "/en/accounts/delete/",
    ],
)
def test_anonymous_visitors_are_sent_to_log_in_and_back(client, url):
    response = client.get(url)

    assert response.status_code == 302
    assert response["Location"] == f"/en/accounts/login/?next={url}"


@pytest.mark.django_db
def test_account_area_shows_the_users_profile_and_every_section(client, user):
    client.force_login(user)

    html = client.get("/en/accounts/").content.decode()

    assert user.display_name in html
    assert user.email in html
    for section in (
        'id="courses"',
        'id="shop"',
        'id="mentoring"',
        'id="newsletter"',
        'id="data"',
    ):
        assert section in html


@pytest.mark.django_db
def test_profile_update_saves_and_confirms(client, user):
    client.force_login(user)

    response = client.post(
        "/en/accounts/profile/",
        {
            "display_name": "Ana M.",
            "first_name": "Ana",
            "last_name": "Martins",
            "preferred_language": "pt",
            "country": "PT",
            "region": "Faro",
        },
        follow=True,
    )

    user.refresh_from_db()
    assert (
        user.display_name,
        user.preferred_language,
        str(user.country),
        user.region,
    ) == ("Ana M.", "pt", "PT", "Faro")
    assert "Your profile has been saved." in response.content.decode()


@pytest.mark.django_db
def test_profile_update_with_tampered_choices_changes_nothing(client, user):
    client.force_login(user)

    response = client.post(
        "/en/accounts/profile/",
        {
            "display_name": "X",
            "preferred_language": "xx",
            "country": "ZZ",
            "email": "evil@example.org",
        },
    )

    user.refresh_from_db()
    assert response.status_code == 200
    assert user.display_name != "X"
    assert user.email != "evil@example.org"
    assert 'class="field field--error"' in response.content.decode()


@pytest.mark.django_db
def test_data_export_contains_only_the_users_own_data(client, user, other_user):
    create_order(user=user)
    create_order(user=other_user)
    client.force_login(user)

    response = client.get("/en/accounts/data/")

    assert response["Content-Disposition"].startswith(
        'attachment; filename="rumbo-data-'
    )
    data = json.loads(response.content)
    assert data["account"]["email"] == user.email
    assert data["account"]["email_addresses"] == [
        {"email": user.email, "verified": True, "primary": True}
    ]
    assert len(data["shop_orders"]) == 1
    assert other_user.email not in response.content.decode()


@pytest.mark.django_db
def test_account_deletion_needs_the_password_and_changes_nothing_without_it(
    client, user
):
    client.force_login(user)

    response = client.post(
        "/en/accounts/delete/", {"password": "not-mine", "confirm": "on"}
    )

    assert response.status_code == 200
    assert "That is not your password." in response.content.decode()
    assert User.objects.filter(pk=user.pk).exists()


@pytest.mark.django_db
def test_account_deletion_removes_the_user_and_anonymises_their_orders(
    client, user, password
):
    order = create_order(user=user, shipping_address=ShippingAddressFactory())
    client.force_login(user)

    response = client.post(
        "/en/accounts/delete/", {"password": password, "confirm": "on"}
    )

    assert response.status_code == 302
    assert not User.objects.filter(pk=user.pk).exists()
    order.refresh_from_db()
    order.shipping_address.refresh_from_db()
    assert order.user is None
    assert order.guest_email == ""
    assert order.shipping_address.first_name == "—"
    assert order.shipping_address.phone_number in ("", None)
    assert "_auth_user_id" not in client.session


@pytest.mark.django_db
def test_deleting_is_a_post_only_action(client, user):
    client.force_login(user)

    client.get("/en/accounts/delete/?password=x&confirm=on")

    assert User.objects.filter(pk=user.pk).exists()
