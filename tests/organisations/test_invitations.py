"""Staff invite an editor by email; the invited person accepts with the link."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from organisations.models import Invitation
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

INDEX = "/cms/organisations/editors/"


def _invite(client, staff, org, email, django_capture_on_commit_callbacks):
    client.force_login(staff)
    with django_capture_on_commit_callbacks(execute=True):
        return client.post(
            reverse("organisations_admin:invite", args=[org.pk]),
            {"email": email, "language": "pt"},
        )


def _url(token: str) -> str:
    # In English: the messages are checked, whatever the translations say.
    return f"/en/partners/invitations/{token}/"


def _link(message) -> str:
    return re.search(r"https?://[^\s]+/partners/invitations/[^\s/]+/", message.body)[0]


def test_staff_invite_sends_one_email_with_the_link(
    client, staff, org_a, mailoutbox, django_capture_on_commit_callbacks
):
    response = _invite(
        client, staff, org_a, "nova@example.org", django_capture_on_commit_callbacks
    )
    assert response.status_code == 302
    invitation = Invitation.objects.get()
    assert invitation.invited_by == staff and invitation.organisation == org_a
    assert len(mailoutbox) == 1
    message = mailoutbox[0]
    assert message.to == ["nova@example.org"]
    assert "/pt/partners/invitations/" in _link(message)
    assert invitation.token in message.body
    # The list shows the waiting invitation.
    assert "nova@example.org" in client.get(INDEX).text


def test_invitee_accepts_and_joins_the_group(client, org_a, mailoutbox):
    person = UserFactory(email="nova@example.org")
    invitation = Invitation.objects.create(email="Nova@Example.org", organisation=org_a)
    url = _url(invitation.token)
    anonymous = client.get(url)
    assert anonymous.status_code == 200 and "/accounts/login/?next=" in anonymous.text
    client.force_login(person)
    assert "csrfmiddlewaretoken" in client.get(url).text
    response = client.post(url)
    assert response.status_code == 302
    english = org_a.get_translation(
        org_a.locale.__class__.objects.get(language_code="en")
    )
    assert response.url == reverse("wagtailadmin_explore", args=[english.pk])
    assert person.groups.filter(pk=org_a.editors_id).exists()
    invitation.refresh_from_db()
    assert invitation.accepted_by == person and invitation.accepted_at
    # The admin lets them in and shows their organisation.
    assert client.get(response.url).status_code == 200


def test_double_submit_changes_nothing_the_second_time(client, org_a):
    person = UserFactory(email="nova@example.org")
    invitation = Invitation.objects.create(email=person.email, organisation=org_a)
    url = _url(invitation.token)
    client.force_login(person)
    client.post(url)
    accepted_at = Invitation.objects.get().accepted_at
    second = client.post(url)
    assert second.status_code == 302
    assert Invitation.objects.get().accepted_at == accepted_at
    assert person.groups.count() == 1


def test_expired_invitation_is_refused(client, org_a):
    person = UserFactory(email="nova@example.org")
    invitation = Invitation.objects.create(
        email=person.email,
        organisation=org_a,
        created=timezone.now() - timedelta(days=14, minutes=1),
    )
    client.force_login(person)
    response = client.post(_url(invitation.token))
    assert response.status_code == 400
    assert "has expired" in response.text
    assert not person.groups.exists()


def test_used_invitation_is_refused_to_someone_else(client, org_a):
    first = UserFactory(email="nova@example.org")
    invitation = Invitation.objects.create(email=first.email, organisation=org_a)
    url = _url(invitation.token)
    client.force_login(first)
    client.post(url)
    other = UserFactory()
    client.force_login(other)
    response = client.post(url)
    assert response.status_code == 400
    assert not other.groups.exists()


def test_wrong_user_cannot_accept_someone_elses_invitation(client, org_a):
    UserFactory(email="nova@example.org")
    intruder = UserFactory(email="intruso@example.org")
    invitation = Invitation.objects.create(email="nova@example.org", organisation=org_a)
    client.force_login(intruder)
    url = _url(invitation.token)
    assert "another email address" in client.get(url).text
    response = client.post(url)
    assert response.status_code == 400
    assert not intruder.groups.exists()
    assert Invitation.objects.get().accepted_at is None


def test_unverified_address_cannot_accept(client, org_a):
    person = UserFactory(email="nova@example.org")
    person.emailaddress_set.update(verified=False)
    invitation = Invitation.objects.create(email=person.email, organisation=org_a)
    client.force_login(person)
    client.post(_url(invitation.token))
    assert not person.groups.exists()


@pytest.mark.parametrize(
    "token", ["nope", "x" * 200, "abc%00def", "%00", "ñandú", "a.b", "'; drop"]
)
def test_tampered_tokens_get_a_clear_message(client, user, org_a, token):
    Invitation.objects.create(email=user.email, organisation=org_a)
    url = _url(token)
    # The site refuses NUL bytes in a URL before any view (400).
    assert client.get(url).status_code in (400, 404)
    client.force_login(user)
    response = client.post(url)
    assert response.status_code == 400
    if "%00" not in token:
        assert "not valid" in response.text
    assert not user.groups.exists()


def test_anonymous_post_goes_to_login(client, org_a):
    invitation = Invitation.objects.create(email="a@example.org", organisation=org_a)
    response = client.post(_url(invitation.token))
    assert response.status_code == 302 and "/accounts/login/" in response.url
    assert Invitation.objects.get().accepted_at is None


def test_second_invitation_to_a_waiting_address_is_refused(
    client, staff, org_a, mailoutbox, django_capture_on_commit_callbacks
):
    _invite(
        client, staff, org_a, "nova@example.org", django_capture_on_commit_callbacks
    )
    again = _invite(
        client, staff, org_a, "NOVA@example.org", django_capture_on_commit_callbacks
    )
    assert again.status_code == 400
    assert Invitation.objects.count() == 1 and len(mailoutbox) == 1


def test_invite_form_refuses_nul_bytes(
    client, staff, org_a, django_capture_on_commit_callbacks
):
    response = _invite(
        client, staff, org_a, "no\x00va@example.org", django_capture_on_commit_callbacks
    )
    assert response.status_code == 400
    assert not Invitation.objects.exists()


def test_staff_removes_an_editor(client, staff, org_a, editor_a):
    client.force_login(staff)
    response = client.post(
        reverse("organisations_admin:remove", args=[org_a.pk, editor_a.pk])
    )
    assert response.status_code == 302
    assert not editor_a.groups.exists()


def test_editors_screens_are_for_staff_with_the_permission(
    client, org_a, editor_a, user
):
    for person in (editor_a, user):
        client.force_login(person)
        assert client.get(INDEX).status_code in (302, 403)
        assert client.post(
            reverse("organisations_admin:invite", args=[org_a.pk]),
            {"email": "x@example.org", "language": "es"},
        ).status_code in (302, 403)
        client.post(reverse("organisations_admin:remove", args=[org_a.pk, editor_a.pk]))
    assert editor_a.groups.exists()
    assert not Invitation.objects.exists()


def test_staff_with_the_custom_permission_may_invite(client, org_a):
    from django.contrib.auth.models import Permission

    person = UserFactory(is_staff=True)
    person.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="invite_editor"),
    )
    client.force_login(person)
    assert client.get(INDEX).status_code == 200
