"""The three admin surfaces work with the one custom user, and only for staff."""

import pytest
from django.core.management import call_command

from demo.accounts import DEMO_USERS
from users.models import User


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/cms/",
        "/cms/users/",
        "/cms/pages/",
        "/django-admin/",
        "/django-admin/users/user/",
        "/django-admin/users/user/add/",
        "/es/shop/dashboard/",
    ],
)
def test_staff_reach_every_admin_surface(client, staff, url):
    client.force_login(staff)

    response = client.get(url)

    assert response.status_code == 200


@pytest.mark.django_db
def test_staff_can_edit_a_user_in_wagtail_and_django_admin(client, staff, user):
    client.force_login(staff)

    wagtail = client.get(f"/cms/users/edit/{user.pk}/")
    django_admin = client.get(f"/django-admin/users/user/{user.pk}/change/")

    assert wagtail.status_code == 200 and user.email in wagtail.content.decode()
    assert (
        django_admin.status_code == 200 and user.email in django_admin.content.decode()
    )


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/cms/", "/django-admin/", "/es/shop/dashboard/"])
def test_a_learner_is_kept_out_of_the_admin_surfaces(client, user, url):
    client.force_login(user)

    response = client.get(url)

    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "/login/" in response["Location"]


@pytest.mark.django_db
def test_seed_demo_is_safe_to_run_twice(capsys):
    call_command("seed_demo")
    counts = User.objects.count()
    call_command("seed_demo")

    assert User.objects.count() == counts
    assert User.objects.filter(email__in=[u[0] for u in DEMO_USERS]).count() == len(
        DEMO_USERS
    )
    assert "staff@rumbo.example" in capsys.readouterr().out
