"""The home page and standard pages in three languages."""

import pytest
from wagtail.models import Locale

from courses.models import CourseIndexPage
from demo.seeders.site import site_tree_ensure
from home.models import HomePage, StandardPage

HOME_TITLES = {
    "es": "Aprende, vende y encuentra mentoría",
    "pt": "Aprenda, venda e encontre mentoria",
    "en": "Learn, sell and get mentored",
}


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["es", "pt", "en"])
def test_home_page_is_served_in_each_language(client, code):
    response = client.get(f"/{code}/")

    html = response.content.decode()
    assert response.status_code == 200
    assert f'<html lang="{code}">' in html
    assert HOME_TITLES[code] in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("accept", "expected"),
    [("pt-PT,pt;q=0.9", "/pt/"), ("en-GB,en;q=0.8", "/en/"), ("de", "/es/")],
)
def test_root_redirects_by_browser_language(client, accept, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)

    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.django_db
def test_home_links_to_the_three_areas(client):
    html = client.get("/en/").content.decode()

    assert 'href="/en/courses/"' in html
    assert 'href="/en/shop/catalogue/"' in html
    assert 'href="/en/mentors/"' in html


@pytest.mark.django_db
def test_language_switcher_keeps_you_on_the_translated_page(client):
    about_pt = StandardPage.objects.get(slug="about", locale__language_code="pt")
    about_pt.slug = "sobre"
    about_pt.save_revision().publish()

    html = client.get("/en/about/").content.decode()

    assert 'href="/pt/sobre/" hreflang="pt"' in html
    assert 'href="/es/about/" hreflang="es"' in html
    assert 'href="/en/about/" hreflang="en" lang="en" aria-current="true"' in html


@pytest.mark.django_db
def test_language_switcher_on_a_django_view_keeps_the_same_view(client):
    html = client.get("/en/accounts/login/?next=/en/").content.decode()

    assert 'href="/pt/accounts/login/?next=/en/" hreflang="pt"' in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("es", "No encontramos esa página"),
        ("pt", "Não encontramos essa página"),
        ("en", "We can't find that page"),
    ],
)
def test_unknown_page_gives_the_styled_translated_404(client, code, text):
    response = client.get(f"/{code}/no-such-page/")

    html = response.content.decode()
    assert response.status_code == 404
    assert text in html.replace("&#x27;", "'")
    assert 'class="site-header"' in html


@pytest.mark.django_db
def test_wrong_language_prefix_ends_on_the_styled_404(client):
    response = client.get("/de/", follow=True, HTTP_ACCEPT_LANGUAGE="en")

    assert response.status_code == 404
    assert 'class="site-header"' in response.content.decode()


@pytest.mark.django_db
def test_site_tree_is_idempotent_and_keeps_editors_changes():
    home = HomePage.objects.get(locale__language_code="en")
    home.title = "Edited by staff"
    home.save_revision().publish()
    pages_before = StandardPage.objects.count()

    site_tree_ensure()

    # about and privacy in three languages, plus one catalogue each
    assert StandardPage.objects.count() == pages_before == 2 * 3
    assert CourseIndexPage.objects.count() == 3
    assert HomePage.objects.count() == 3
    assert HomePage.objects.get(locale__language_code="en").title == "Edited by staff"
    assert Locale.objects.filter(language_code__in=["es", "pt", "en"]).count() == 3


@pytest.mark.django_db
def test_top_level_page_cannot_take_a_slug_the_urlconf_serves(admin_client_for_cms):
    home = HomePage.objects.get(locale__language_code="es")
    url = f"/cms/pages/add/home/standardpage/{home.pk}/"

    response = admin_client_for_cms.post(
        url,
        {
            "title": "Tienda",
            "slug": "shop",
            "intro": '{"blocks": [], "entityMap": {}}',
            "body-count": "0",
            "action-publish": "1",
        },
    )

    assert response.status_code == 200
    assert not StandardPage.objects.filter(slug="shop").exists()
    assert "used by another part of the site" in response.content.decode()


@pytest.fixture
def admin_client_for_cms(client, staff):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(staff)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(staff)
    return client


@pytest.mark.django_db
def test_pages_run_a_fixed_number_of_queries(client, django_assert_max_num_queries):
    home = HomePage.objects.get(locale__language_code="en")
    for n in range(40):
        home.add_child(instance=StandardPage(title=f"Extra {n}", slug=f"extra-{n}"))

    with django_assert_max_num_queries(15):
        response = client.get("/en/")

    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("code", "status", "text"),
    [
        ("pt", 403, "Não pode abrir esta página"),
        ("es", 500, "Algo ha fallado por nuestra parte"),
        ("en", 500, "Something went wrong on our side"),
    ],
)
def test_error_pages_are_styled_and_translated(rf, code, status, text):
    from django.utils import translation
    from django.views import defaults

    request = rf.get(f"/{code}/")
    with translation.override(code):
        if status == 403:
            response = defaults.permission_denied(request, PermissionError())
        else:
            response = defaults.server_error(request)

    html = response.content.decode()
    assert response.status_code == status
    assert text in html
    assert "/static/rumbo/css/site.css" in html
