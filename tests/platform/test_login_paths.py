"""Every way in goes through allauth: email verification and rate limits hold.

Oscar's checkout ("I have an account") and dashboard log-in, Wagtail's and
Django admin's log-in forms, and the old password-reset and password-change
forms of Oscar, Wagtail and Django admin used to check passwords themselves:
25 wrong guesses and then the right one logged in, and an address never
verified got in. Now they take no password; they send the visitor to allauth.
"""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth.tokens import default_token_generator
from django.urls import resolve
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from tests.factories import UserFactory
from tests.factories import shop as shop_factories
from tests.fuzz import forms as html_forms
from tests.fuzz import patterns

pytestmark = pytest.mark.django_db

LOGIN = "/es/accounts/login/"
# The old log-in forms and the field names they took.
OLD_LOGINS = [
    ("/es/shop/dashboard/login/", "username", "password"),
    ("/es/shop/accounts/login/", "login-username", "login-password"),
    ("/cms/login/", "username", "password"),
    ("/django-admin/login/", "username", "password"),
    ("/es/_util/login/", "username", "password"),
]


@pytest.fixture
def unverified(password):
    person = UserFactory(password=password)
    EmailAddress.objects.filter(user=person).update(verified=False)
    return person


@pytest.fixture
def basket(client):
    """An anonymous visitor with something in the basket, at the checkout."""
    item = shop_factories.product(shop_factories.seller(), price="9.00")
    response = client.post(f"/es/shop/basket/add/{item.pk}/", {"quantity": 1})
    assert response.status_code == 302
    return client


def _signed_in(client) -> bool:
    return "_auth_user_id" in client.session


# --- The checkout -------------------------------------------------------------
def test_the_checkout_takes_no_password_and_links_to_allauth(basket):
    html = basket.get("/es/shop/checkout/").content.decode()

    assert 'type="password"' not in html
    assert 'href="/es/accounts/login/?next=%2Fes%2Fshop%2Fcheckout%2F"' in html


def test_posting_a_password_to_the_checkout_signs_nobody_in(basket, user, password):
    for guess in ["wrong"] * 25 + [password]:
        basket.post(
            "/es/shop/checkout/",
            {"username": user.email, "options": "existing", "password": guess},
        )

    assert not _signed_in(basket)


def test_a_guest_gives_an_email_and_goes_on(basket, user):
    response = basket.post("/es/shop/checkout/", {"username": user.email})

    assert response["Location"] == "/es/shop/checkout/shipping-address/"
    assert not _signed_in(basket)


def test_signing_in_from_the_checkout_comes_back_to_it(basket, user, password):
    response = basket.post(
        f"{LOGIN}?next=/es/shop/checkout/",
        {"login": user.email, "password": password},
    )

    assert _signed_in(basket)
    assert response["Location"] == "/es/shop/checkout/"
    onwards = basket.get("/es/shop/checkout/")
    assert onwards["Location"] == "/es/shop/checkout/shipping-address/"


def test_signing_in_from_the_checkout_refuses_an_unverified_email(
    basket, unverified, password
):
    basket.post(
        f"{LOGIN}?next=/es/shop/checkout/",
        {"login": unverified.email, "password": password},
    )

    assert not _signed_in(basket)


def test_signing_in_from_the_checkout_counts_failures(basket, user, password):
    for _ in range(5):
        basket.post(
            f"{LOGIN}?next=/es/shop/checkout/", {"login": user.email, "password": "x"}
        )

    basket.post(
        f"{LOGIN}?next=/es/shop/checkout/",
        {"login": user.email, "password": password},
    )

    assert not _signed_in(basket)


# --- The other old log-in forms ------------------------------------------------
@pytest.mark.parametrize("url, login_field, password_field", OLD_LOGINS)
def test_old_log_in_forms_lead_to_allauth(client, url, login_field, password_field):
    response = client.get(f"{url}?next=/es/shop/dashboard/")

    assert response.status_code == 302
    assert response["Location"].startswith(LOGIN.replace("/es/", "/")) or response[
        "Location"
    ].startswith(LOGIN)
    assert "next=/es/shop/dashboard/" in response["Location"]


@pytest.mark.parametrize("url, login_field, password_field", OLD_LOGINS)
def test_old_log_in_forms_sign_nobody_in_even_with_the_right_password(
    client, user, unverified, password, url, login_field, password_field
):
    for person in (user, unverified):
        for guess in ["wrong"] * 25 + [password]:
            client.post(url, {login_field: person.email, password_field: guess})
        assert not _signed_in(client)


def test_allauth_refuses_an_unverified_email(client, unverified, password):
    client.post(LOGIN, {"login": unverified.email, "password": password})

    assert not _signed_in(client)


def test_allauth_counts_failures_and_then_refuses_the_right_password(
    client, user, password
):
    for _ in range(5):
        client.post(LOGIN, {"login": user.email, "password": "wrong"})
    client.post(LOGIN, {"login": user.email, "password": password})

    assert not _signed_in(client)


# --- Password reset and change --------------------------------------------------
def _reset_link_parts(user):
    return urlsafe_base64_encode(
        force_bytes(user.pk)
    ), default_token_generator.make_token(user)


def test_oscars_password_reset_confirm_sends_to_allauth_and_sets_nothing(
    client, user, password
):
    uid, token = _reset_link_parts(user)
    url = f"/es/shop/password-reset/confirm/{uid}/{token}/"

    shown = client.get(url)
    client.post(
        url, {"new_password1": "N3w-pass-phrase!", "new_password2": "N3w-pass-phrase!"}
    )

    assert shown["Location"] == "/es/accounts/password/reset/"
    user.refresh_from_db()
    assert user.check_password(password)


def test_wagtails_password_reset_is_off(client, user, password):
    uid, token = _reset_link_parts(user)
    url = f"/cms/password_reset/confirm/{uid}/{token}/"

    assert client.get(url, follow=True).status_code == 404
    client.post(
        url, {"new_password1": "N3w-pass-phrase!", "new_password2": "N3w-pass-phrase!"}
    )
    assert client.get("/cms/password_reset/")["Location"].endswith(
        "/accounts/password/reset/"
    )
    user.refresh_from_db()
    assert user.check_password(password)


@pytest.mark.parametrize(
    "url, target",
    [
        ("/es/shop/accounts/change-password/", "/es/accounts/password/change/"),
        ("/django-admin/password_change/", "/accounts/password/change/"),
        ("/es/shop/password-reset/", "/es/accounts/password/reset/"),
        ("/es/shop/password-reset/done/", "/es/accounts/password/reset/done/"),
        ("/es/shop/accounts/register/", "/es/accounts/signup/"),
        ("/es/shop/accounts/logout/", "/es/accounts/logout/"),
        ("/es/shop/dashboard/logout/", "/accounts/logout/"),
        ("/cms/logout/", "/accounts/logout/"),
        ("/django-admin/logout/", "/accounts/logout/"),
    ],
)
def test_old_account_forms_lead_to_allauth(client, staff, url, target):
    client.force_login(staff)

    response = client.post(url, {"old_password": "x", "new_password1": "y"})

    assert response.status_code == 302
    assert response["Location"].endswith(target)
    assert _signed_in(client)


def test_oscars_profile_deletion_which_asked_a_password_is_gone(client, user):
    client.force_login(user)

    assert client.get("/es/shop/accounts/profile/delete/").status_code == 404


def test_wagtails_account_page_has_no_password_form(client, staff, password):
    client.force_login(staff)

    html = client.get("/cms/account/").content.decode()
    client.post(
        "/cms/account/",
        {
            "password-old_password": password,
            "password-new_password1": "N3w-pass-phrase!",
            "password-new_password2": "N3w-pass-phrase!",
        },
    )

    assert 'type="password"' not in html
    staff.refresh_from_db()
    assert staff.check_password(password)


def test_account_deletion_counts_wrong_passwords_with_allauth(client, user, password):
    client.force_login(user)
    for _ in range(5):
        client.post("/es/accounts/delete/", {"password": "wrong", "confirm": "on"})

    response = client.post(
        "/es/accounts/delete/", {"password": password, "confirm": "on"}
    )

    assert response.status_code == 200
    assert user.__class__.objects.filter(pk=user.pk).exists()


def test_password_change_is_rate_limited_by_allauth(client, user, password):
    client.force_login(user)
    url = "/es/accounts/password/change/"
    for _ in range(5):
        client.post(
            url,
            {
                "oldpassword": "wrong",
                "password1": "N3w-pass!-x",
                "password2": "N3w-pass!-x",
            },
        )

    response = client.post(
        url,
        {
            "oldpassword": password,
            "password1": "N3w-pass!-x",
            "password2": "N3w-pass!-x",
        },
    )

    assert response.status_code == 429
    user.refresh_from_db()
    assert user.check_password(password)


# --- Every page with a password field ---------------------------------------------
ALLOWED_PASSWORD_VIEWS = ("allauth.", "users.views.AccountDeleteView")


def test_every_form_with_a_password_posts_to_allauth(client, basket, staff):
    """Each page without parameters, as a visitor with a basket and as staff:
    any form asking for a password must post to allauth (or to the account
    deletion, which checks it through allauth)."""
    routes = [
        r
        for r in patterns.routes()
        if not r.is_admin and not re.search(r"[<(]", r.label.replace("<lang>", ""))
    ]
    found = []
    for who in ("visitor", "staff"):
        if who == "staff":
            client.force_login(staff)
        for route in routes:
            path = route.label.replace("<lang>", "es").lstrip("^").rstrip("$")
            response = client.get("/" + path)
            if response.status_code != 200 or "html" not in response.get(
                "Content-Type", ""
            ):
                continue
            forms, _links = html_forms.parse(response.content.decode(), "/" + path)
            for form in forms:
                if any(f.kind == "password" for f in form.fields):
                    match = resolve(form.action.split("?")[0])
                    view = getattr(match.func, "view_class", match.func)
                    found.append((path, f"{view.__module__}.{view.__qualname__}"))
    assert found, "the log-in page at least has a password field"
    wrong = [
        (path, view)
        for path, view in found
        if not view.startswith(ALLOWED_PASSWORD_VIEWS)
    ]
    assert wrong == []


# --- Signed in, without the rights --------------------------------------------
@pytest.mark.parametrize("url", ["/django-admin/", "/cms/", "/es/shop/dashboard/"])
def test_an_admin_refuses_someone_signed_in_without_its_rights_in_a_few_steps(
    client, url
):
    """Each admin sends such a person to its log-in page, and allauth sends
    a signed-in person on to "next": round and round, until the browser gave
    up with "too many redirects"."""
    client.force_login(UserFactory())

    response = client.get(url, follow=True)

    assert len(response.redirect_chain) <= 3
    assert response.status_code in (200, 403)
    assert not response.redirect_chain or response.redirect_chain[-1][0] != url
