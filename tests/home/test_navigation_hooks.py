"""The navigation's extension point (home.hooks): areas feature apps register."""

import pytest
from django.utils import translation
from wagtail import hooks

from home.hooks import NAVIGATION_AREAS, NavigationArea
from home.navigation import site_links
from tests.factories.events import event_index
from tests.factories.news import news_index
from tests.factories.organisations import organisation_index

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("code", "courses", "organisations"),
    [
        ("es", "/es/cursos/", "/es/organizaciones/"),
        ("en", "/en/courses/", "/en/organisations/"),
    ],
)
def test_each_apps_area_links_to_its_page_in_the_active_language(
    code, courses, organisations
):
    for locale in ("es", "en"):
        event_index(locale)
        news_index(locale)
        organisation_index(locale)
    with translation.override(code):
        links = site_links()

    assert [(a["key"], a["url"]) for a in links["areas"]] == [
        ("courses", courses),
        ("shop", f"/{code}/shop/catalogue/"),
        ("mentors", f"/{code}/mentors/"),
        ("events", f"/{code}/events/"),
        ("news", f"/{code}/news/"),
        ("jobs", f"/{code}/jobs/"),
        ("organisations", organisations),
    ]
    assert links["area_urls"]["shop"] == f"/{code}/shop/catalogue/"


def test_the_header_and_footer_show_a_registered_area(client):
    def archive():
        return NavigationArea(
            key="archive", label="Archive", url_name="newsletters:archive"
        )

    with hooks.register_temporarily(NAVIGATION_AREAS, archive):
        html = client.get("/en/").content.decode()

    assert '<a href="/en/newsletter/archive/" data-area="archive">Archive</a>' in html
    assert '<li><a href="/en/newsletter/archive/">Archive</a></li>' in html


def test_an_area_kept_out_of_the_header_is_in_the_footer(client):
    def archive():
        return NavigationArea(
            key="archive",
            label="Archive",
            url_name="newsletters:archive",
            in_header=False,
        )

    with hooks.register_temporarily(NAVIGATION_AREAS, archive):
        html = client.get("/en/").content.decode()

    assert 'data-area="archive"' not in html
    assert '<li><a href="/en/newsletter/archive/">Archive</a></li>' in html


def test_the_areas_cost_one_query(django_assert_num_queries):
    site_links()  # content types are cached after the first use

    with translation.override("en"), django_assert_num_queries(1):
        site_links()


def test_an_area_without_its_page_yet_is_left_out():
    with translation.override("es"):
        links = site_links()

    assert "events" not in links["area_urls"]
    assert "courses" in links["area_urls"]
