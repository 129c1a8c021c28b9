"""One sign-up, with email verification, for the whole platform."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.core import mail

from users.models import User

SIGNUP = {
    "display_name": "Amina Diallo",
    "email": "amina@example.org",
    "password1": "a-Long-pass-phrase-42",
    "password2": "a-Long-pass-phrase-42",
}


def confirmation_link(message) -> str:
    return re.search(r"https?://\S+/accounts/confirm-email/\S+/", message.body).group(0)


@pytest.mark.django_db
def test_signup_sends_a_confirmation_email_in_the_visitors_language(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/pt/accounts/signup/", SIGNUP)

    assert response.status_code == 302
    user = User.objects.get(email="amina@example.org")
    assert user.display_name == "Amina Diallo"
    assert user.preferred_language == "pt"
    assert not EmailAddress.objects.get(user=user).verified
    assert [m.to for m in mail.outbox] == [["amina@example.org"]]
    assert "/pt/accounts/confirm-email/" in confirmation_link(mail.outbox[0])


@pytest.mark.django_db
def test_unverified_user_cannot_log_in_until_the_link_is_followed(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/accounts/signup/", SIGNUP)
    link = confirmation_link(mail.outbox[0]).split("://", 1)[1].split("/", 1)[1]

    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/en/accounts/login/",
            {"login": SIGNUP["email"], "password": SIGNUP["password1"]},
        )
    assert "_auth_user_id" not in client.session

    client.post(f"/{link}")
    client.post(
        "/en/accounts/login/",
        {"login": SIGNUP["email"], "password": SIGNUP["password1"]},
    )

    assert EmailAddress.objects.get(email=SIGNUP["email"]).verified
    assert client.session["_auth_user_id"] == str(
        User.objects.get(email=SIGNUP["email"]).pk
    )


@pytest.mark.django_db
def test_signup_with_a_taken_email_creates_nothing_and_tells_only_the_owner(
    client, user, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/accounts/signup/", {**SIGNUP, "email": user.email})

    # Same answer as a fresh sign-up, so the form does not reveal who has an
    # account; the owner is emailed instead.
    assert response["Location"] == "/en/accounts/confirm-email/"
    assert User.objects.filter(email=user.email).count() == 1
    assert [m.to for m in mail.outbox] == [[user.email]]
    assert "/en/accounts/password/reset/" in mail.outbox[0].body


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("en", "This field is required."),
        ("es", "Este campo es necesario."),
        ("pt", "Este campo é obrigatório."),
    ],
)
def test_signup_errors_are_shown_per_field_in_the_users_language(client, code, message):
    response = client.post(f"/{code}/accounts/signup/", {**SIGNUP, "display_name": ""})

    html = response.content.decode()
    assert response.status_code == 200
    assert 'class="field field--error"' in html
    assert message in html
    assert not User.objects.filter(email=SIGNUP["email"]).exists()


@pytest.mark.django_db
def test_weak_password_is_refused(client):
    response = client.post(
        "/en/accounts/signup/", {**SIGNUP, "password1": "123", "password2": "123"}
    )

    assert response.status_code == 200
    assert not User.objects.filter(email=SIGNUP["email"]).exists()


@pytest.mark.django_db
def test_password_reset_mail_is_sent_through_the_mail_queue(
    client, user, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        client.post("/es/accounts/password/reset/", {"email": user.email})

    assert len(callbacks) == 1, (
        "the mail is queued after commit, not sent in the request"
    )
    assert [m.to for m in mail.outbox] == [[user.email]]
    assert "/es/accounts/password/reset/key/" in mail.outbox[0].body
