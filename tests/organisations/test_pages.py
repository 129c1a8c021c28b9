"""The public directory and profiles; the account panel and data export."""

import pytest
from django.core.files.images import ImageFile
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from organisations.models import Invitation, OrganisationPage
from tests.factories.organisations import organisation_index, organisation_page

pytestmark = pytest.mark.django_db

DIRECTORY = "/es/organizaciones/"


def test_directory_lists_live_organisations_with_filters(client):
    organisation_page(title="Ayuntamiento de Badajoz", region="es-ex", kind="council")
    organisation_page(
        title="Associação Empresarial do Algarve",
        region="pt-fa",
        kind="association",
        town="Loulé",
    )
    hidden = organisation_page(title="Borrador Oculto")
    hidden.unpublish()
    text = client.get(DIRECTORY).text
    assert "Ayuntamiento de Badajoz" in text and "Algarve" in text
    assert "Borrador Oculto" not in text
    by_region = client.get(DIRECTORY, {"region": "pt-fa"}).text
    assert "Algarve" in by_region and "Badajoz" not in by_region
    by_kind = client.get(DIRECTORY, {"kind": "council"}).text
    assert "Badajoz" in by_kind and "Associação" not in by_kind


@pytest.mark.parametrize(
    "query", [{"region": "nowhere"}, {"kind": "x\x00"}, {"page": "999"}, {"page": "-1"}]
)
def test_directory_ignores_bad_filters(client, query):
    organisation_page(title="Ayuntamiento de Badajoz")
    response = client.get(DIRECTORY, query)
    assert response.status_code in (200, 400)
    if response.status_code == 200:
        assert "Ayuntamiento de Badajoz" in response.text


def test_directory_runs_a_fixed_number_of_queries(
    client, django_assert_max_num_queries
):
    index = organisation_index()
    logo = get_image_model().objects.create(
        title="Logo", file=ImageFile(get_test_image_file().file, name="logo.png")
    )
    for number in range(200):
        organisation_page(index, title=f"Organización {number:03}", logo=logo)
    client.get(DIRECTORY)  # renditions made once
    with django_assert_max_num_queries(15):
        response = client.get(DIRECTORY, {"page": 3})
    assert response.text.count('class="org-card"') == 24
    with django_assert_max_num_queries(15):
        client.get(DIRECTORY, {"region": "es-ex", "kind": "council", "page": 2})


def test_profile_shows_description_website_and_latest_news(client):
    from news.models import NewsPostPage

    organisation = organisation_page(
        title="Cámara de Comercio de Sevilla",
        website="https://example.org/camara",
        description="<p>Apoyamos a las empresas de Sevilla.</p>",
    )
    organisation.add_child(
        instance=NewsPostPage(
            title="Nueva feria", slug="feria", locale=organisation.locale
        )
    ).save_revision().publish()
    organisation.add_child(
        instance=NewsPostPage(
            title="Borrador de noticia",
            slug="borrador",
            locale=organisation.locale,
            live=False,
        )
    )
    text = client.get(organisation.url).text
    assert "Apoyamos a las empresas de Sevilla." in text
    assert 'href="https://example.org/camara" rel="noopener"' in text
    assert "Nueva feria" in text and "Borrador de noticia" not in text


def test_profile_runs_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    from news.models import NewsPostPage

    organisation = organisation_page()
    for number in range(30):
        organisation.add_child(
            instance=NewsPostPage(
                title=f"Noticia {number}",
                slug=f"n-{number}",
                locale=organisation.locale,
            )
        )
    client.get(organisation.url)
    with django_assert_max_num_queries(15):
        response = client.get(organisation.url)
    assert response.text.count("Noticia ") == 5


def test_account_panel_links_to_the_admin_and_the_profile(client, editor_a, org_a):
    client.force_login(editor_a)
    text = client.get(reverse("account_home")).text
    assert f'href="/cms/pages/{org_a.pk}/"' in text
    assert org_a.url in text


def test_account_panel_is_absent_for_others(client, user):
    client.force_login(user)
    assert "/cms/pages/" not in client.get(reverse("account_home")).text


def test_data_export_lists_organisations_and_invitations(editor_a, org_a):
    from organisations.data_export import organisations_section

    Invitation.objects.create(email=editor_a.email, organisation=org_a)
    section = organisations_section(editor_a)
    assert {e["language"] for e in section["edited"]} == {"es", "pt", "en"}
    assert section["invitations_received"][0]["email"] == editor_a.email


def test_deleting_an_account_keeps_invitations_they_sent(staff, org_a, user):
    from users.services import user_delete

    sent = Invitation.objects.create(
        email="x@example.org", organisation=org_a, invited_by=staff
    )
    received = Invitation.objects.create(email=user.email, organisation=org_a)
    user_delete(user=user)
    user_delete(user=staff)
    sent.refresh_from_db()
    assert sent.invited_by is None
    assert not Invitation.objects.filter(pk=received.pk).exists()


def test_organisation_page_is_the_only_child_type_of_the_directory():
    assert OrganisationPage.parent_page_types == ["organisations.OrganisationIndexPage"]
