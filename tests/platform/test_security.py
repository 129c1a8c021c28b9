"""Security defaults of the public site."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage


@pytest.mark.django_db
def test_public_pages_send_a_content_security_policy_without_remote_hosts(client):
    response = client.get("/en/")

    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy
    assert "script-src 'self'" in policy
    assert "unsafe-inline" not in policy
    assert "object-src 'none'" in policy
    assert "http" not in policy.split("frame-src")[0], (
        "no remote scripts, styles or fonts"
    )


@pytest.mark.django_db
def test_shop_pages_have_no_inline_scripts_and_no_oscar_assets(client):
    response = client.get("/en/shop/catalogue/")
    html = response.content.decode()

    assert "unsafe-inline" not in response["Content-Security-Policy"]
    assert "<script>" not in html and "<script nonce" not in html
    for asset in ("oscar/css/styles.css", "jquery", "bootstrap"):
        assert asset not in html


@pytest.mark.django_db
def test_wagtail_admin_is_exempt_from_the_public_policy(client, staff):
    client.force_login(staff)

    response = client.get("/cms/")

    assert response.status_code == 200
    assert "Content-Security-Policy" not in response


@pytest.mark.django_db
def test_pages_reference_no_remote_assets(client):
    for url in ("/es/", "/en/accounts/login/", "/pt/shop/catalogue/"):
        html = client.get(url).content.decode()
        for marker in ("googleapis", "cdn.", "fonts.g", "unpkg", "jsdelivr"):
            assert marker not in html, f"{url} loads {marker}"


@pytest.mark.django_db
def test_uploads_are_served_with_nosniff(client):
    name = default_storage.save(
        "uploads/evil.txt", ContentFile(b"<script>alert(1)</script>")
    )

    response = client.get(f"/media/{name}")

    assert response.status_code == 200
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
def test_login_is_cooled_off_after_repeated_wrong_passwords(client, user, password):
    url = "/en/accounts/login/"
    for _attempt in range(5):
        response = client.post(url, {"login": user.email, "password": "wrong-guess"})
        assert "_auth_user_id" not in client.session

    response = client.post(url, {"login": user.email, "password": password})

    assert "_auth_user_id" not in client.session, "the right password is refused too"
    assert "Too many failed login attempts" in response.content.decode()


@pytest.mark.django_db
def test_cool_off_expires_rather_than_locking_the_account(client, user, password):
    from django.core.cache import cache

    url = "/en/accounts/login/"
    for _attempt in range(5):
        client.post(url, {"login": user.email, "password": "wrong-guess"})
    cache.clear()  # the counters expire with the cool-off window

    client.post(url, {"login": user.email, "password": password})

    assert client.session["_auth_user_id"] == str(user.pk)


@pytest.mark.django_db
def test_every_login_form_leads_to_the_one_allauth_login(client):
    for url in ("/cms/login/", "/django-admin/login/", "/es/shop/accounts/login/"):
        response = client.get(url)
        assert response.status_code in (301, 302)
        assert "/accounts/login/" in response["Location"]
        assert "/shop/" not in response["Location"]
