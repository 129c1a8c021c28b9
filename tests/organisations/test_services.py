"""Every organisation, in every language, gets its editors' access, once."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

from organisations.models import OrganisationPage
from organisations.services import (
    COLLECTION_PERMISSIONS,
    PAGE_PERMISSIONS,
    organisation_access_ensure,
)
from tests.factories.organisations import organisation_page, organisation_translation

pytestmark = pytest.mark.django_db


def _page_codenames(group, page):
    return set(
        GroupPagePermission.objects.filter(group=group, page=page).values_list(
            "permission__codename", flat=True
        )
    )


def test_new_organisation_gets_group_collection_and_page_permissions():
    page = organisation_page(title="Câmara Municipal de Évora")
    group = page.editors
    assert group.name == "Editors: Câmara Municipal de Évora"
    assert group.permissions.filter(codename="access_admin").exists()
    assert page.collection.get_parent() == Collection.get_first_root_node()
    assert _page_codenames(group, page) == set(PAGE_PERMISSIONS)
    collection_codenames = set(
        GroupCollectionPermission.objects.filter(
            group=group, collection=page.collection
        ).values_list("permission__codename", flat=True)
    )
    assert collection_codenames == {
        codename for _app, codename in COLLECTION_PERMISSIONS
    }


def test_translations_share_the_group_and_get_their_own_page_permissions():
    page = organisation_page()
    pt = organisation_translation(page, "pt")
    en = organisation_translation(page, "en")
    assert pt.editors_id == en.editors_id == page.editors_id
    assert pt.collection_id == en.collection_id == page.collection_id
    for translation in (page, pt, en):
        assert _page_codenames(page.editors, translation) == set(PAGE_PERMISSIONS)


def test_ensuring_twice_changes_nothing():
    page = organisation_page()
    counts = (
        Group.objects.count(),
        Collection.objects.count(),
        GroupPagePermission.objects.count(),
        GroupCollectionPermission.objects.count(),
    )
    organisation_access_ensure(page=page)
    page.save_revision().publish()
    assert counts == (
        Group.objects.count(),
        Collection.objects.count(),
        GroupPagePermission.objects.count(),
        GroupCollectionPermission.objects.count(),
    )


def test_publishing_an_old_revision_keeps_the_group():
    page = organisation_page()
    revision = page.save_revision()
    OrganisationPage.objects.filter(pk=page.pk).update(editors=None, collection=None)
    page.refresh_from_db()
    organisation_access_ensure(page=page)
    group_id = page.editors_id
    revision.publish()
    page.refresh_from_db()
    assert page.editors_id == group_id


def test_two_organisations_with_one_name_get_two_groups():
    first = organisation_page(title="Asociación Emprende")
    second = organisation_page(title="Asociación Emprende")
    assert first.editors_id != second.editors_id
    assert first.collection_id != second.collection_id


def test_editors_are_not_staff(editor_a):
    assert not editor_a.is_staff and not editor_a.is_superuser
