"""The admin does not offer an organisation's editors the actions on their
profile that it would then refuse (move, copy, delete, unpublish), and keeps
offering them on their news and events, and to the staff."""

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission, Page

from organisations.models import OrganisationPage
from organisations.permissions import can_remove_organisation
from tests.factories import UserFactory
from tests.factories.events import event_page
from tests.factories.news import news_post
from tests.factories.organisations import organisation_index, organisation_page

pytestmark = pytest.mark.django_db

ACTIONS = ("move", "copy", "unpublish", "delete")


def _action_urls(page):
    return {
        action: reverse(f"wagtailadmin_pages:{action}", args=[page.pk])
        for action in ACTIONS
    }


def _offered(html: str, page) -> set[str]:
    return {action for action, url in _action_urls(page).items() if url in html}


def _screens(org):
    """The explorer of the directory, the explorer of the organisation
    (its header) and its edit view (header and footer menu)."""
    return (
        reverse("wagtailadmin_explore", args=[org.get_parent().pk]),
        reverse("wagtailadmin_explore", args=[org.pk]),
        reverse("wagtailadmin_pages:edit", args=[org.pk]),
    )


@pytest.fixture
def directory_staff(org_a):
    """Staff who are not superusers, with page permissions on the directory."""
    group = Group.objects.create(name="Directorio")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.create(
            group=group,
            page=organisation_index(),
            permission=Permission.objects.get(codename=codename),
        )
    user = UserFactory(is_staff=True, display_name="Staff del directorio")
    user.groups.add(group)
    return user


@pytest.mark.parametrize("screen", range(3))
def test_editors_are_not_offered_actions_on_their_profile(
    client, editor_a, org_a, screen
):
    client.force_login(editor_a)
    url = _screens(org_a)[screen]
    response = client.get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    if screen == 2:
        assert 'name="action-publish"' in html  # the footer menu is there
    assert _offered(html, org_a) == set()


@pytest.mark.parametrize("who", ["staff", "directory_staff"])
@pytest.mark.parametrize("screen", range(3))
def test_staff_are_still_offered_them(client, org_a, request, who, screen):
    client.force_login(request.getfixturevalue(who))
    html = client.get(_screens(org_a)[screen]).content.decode()
    # The directory lists it in a row with its "More" menu; its explorer
    # and its edit view show it in their header, and the edit view in its
    # footer menu.
    assert _offered(html, org_a) == set(ACTIONS)


@pytest.mark.parametrize("factory", [news_post, event_page])
def test_editors_keep_every_action_on_their_posts_and_events(
    client, editor_a, org_a, factory
):
    child = factory(org_a)
    client.force_login(editor_a)
    listing = client.get(reverse("wagtailadmin_explore", args=[org_a.pk]))
    assert {"unpublish", "delete", "copy"} <= _offered(listing.content.decode(), child)
    edit = client.get(reverse("wagtailadmin_pages:edit", args=[child.pk]))
    html = edit.content.decode()
    assert {"unpublish", "delete"} <= _offered(html, child)
    assert 'name="action-publish"' in html


@pytest.mark.parametrize("action", ACTIONS)
def test_editors_are_refused_the_action_urls(client, editor_a, org_a, action):
    # Refused with 403, or (where Wagtail refuses in the view's setup) sent
    # to the admin home with "you do not have permission".
    client.force_login(editor_a)
    url = _action_urls(org_a)[action]
    for response in (client.get(url), client.post(url)):
        assert response.status_code in (302, 403)
        if response.status_code == 302:
            assert response["Location"] == reverse("wagtailadmin_home")
    moved = type(org_a).objects.get(pk=org_a.pk)
    assert moved.live and moved.path == org_a.path


def test_editors_cannot_copy_their_profile(client, editor_a, org_a):
    client.force_login(editor_a)
    response = client.post(
        _action_urls(org_a)["copy"],
        {
            "new_title": "Copia",
            "new_slug": "copia",
            "new_parent_page": org_a.get_parent().pk,
            "copy_subpages": "on",
            "publish_copies": "on",
        },
    )
    assert response.status_code in (302, 403)
    assert not type(org_a).objects.filter(slug="copia").exists()


def test_who_may_remove_an_organisation(org_a, editor_a, staff, directory_staff):
    assert not can_remove_organisation(editor_a, org_a)
    assert can_remove_organisation(staff, org_a)
    assert can_remove_organisation(directory_staff, org_a)
    assert not org_a.permissions_for_user(editor_a).can_copy()
    assert org_a.permissions_for_user(editor_a).can_edit()
    assert org_a.permissions_for_user(editor_a).can_publish()


def test_the_directory_listing_stays_cheap_for_staff(
    client, directory_staff, django_assert_max_num_queries
):
    # Each row asks whether the user may move, copy, delete and unpublish
    # that organisation: the answer must not cost a query per row.
    for _ in range(8):
        organisation_page()
    client.force_login(directory_staff)
    url = reverse("wagtailadmin_explore", args=[organisation_index().pk])
    client.get(url)  # warm caches that every listing shares
    with django_assert_max_num_queries(40) as queries:
        client.get(url)
    many = len(queries)
    for _ in range(8):
        organisation_page()
    with django_assert_max_num_queries(many):
        client.get(url)


def _write_request(action, page, destination):
    """The request that would do `action` (not the confirmation screen)."""
    if action == "move":
        url = reverse("wagtailadmin_pages:move_confirm", args=[page.pk, destination.pk])
        return url, {}
    data = {}
    if action == "copy":
        data = {
            "new_title": "Copia",
            "new_slug": "copia",
            "new_parent_page": destination.pk,
        }
    return _action_urls(page)[action], data


@pytest.mark.parametrize("action", ACTIONS)
def test_the_hooks_refuse_even_if_the_tester_would_allow(
    client, editor_a, org_a, org_b, action, monkeypatch
):
    # The before_* hooks are the second lock: they hold on their own.
    monkeypatch.setattr(
        OrganisationPage, "permissions_for_user", Page.permissions_for_user
    )
    client.force_login(editor_a)
    url, data = _write_request(action, org_a, org_b.get_parent())
    response = client.post(url, data)
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"] == reverse("wagtailadmin_home")
    after = OrganisationPage.objects.get(pk=org_a.pk)
    assert after.live and after.path == org_a.path
    assert not OrganisationPage.objects.filter(slug="copia").exists()
