"""The demo's organisations: six, in three languages, each with its editor."""

import pytest

from organisations.models import OrganisationIndexPage, OrganisationPage
from users.models import User

pytestmark = pytest.mark.django_db


def test_seeding_twice_makes_six_organisations_with_editors(client):
    from demo.seeders.organisations import organisations_seed

    organisations_seed()
    organisations = organisations_seed()
    assert len(organisations) == 6
    assert OrganisationPage.objects.live().count() == 18
    assert set(OrganisationIndexPage.objects.values_list("slug", flat=True)) == {
        "organizaciones",
        "organizacoes",
        "organisations",
    }
    for page in organisations.values():
        translations = OrganisationPage.objects.filter(
            translation_key=page.translation_key
        )
        assert {t.locale.language_code for t in translations} == {"es", "pt", "en"}
        assert {t.editors_id for t in translations} == {page.editors_id}
        assert all(t.logo_id for t in translations)
        assert page.editors.user_set.count() == 1
    editor = User.objects.get(email="partner01@rumbo.example")
    assert not editor.is_staff
    client.force_login(editor)
    palma = organisations["palma-condado"]
    assert client.get(f"/cms/pages/{palma.pk}/edit/").status_code == 200
    assert client.get(f"/cms/pages/{organisations['faro'].pk}/edit/").status_code != 200
    assert "Faro" in client.get("/es/organizaciones/").text
