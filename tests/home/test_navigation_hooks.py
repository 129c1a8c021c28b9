"""The navigation's extension point (home.hooks): areas feature apps register."""

import pytest
from django.utils import translation
from wagtail import hooks

from home.hooks import NAVIGATION_AREAS, NavigationArea
from home.navigation import site_links

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("code", "courses"), [("es", "/es/cursos/"), ("en", "/en/courses/")]
)
def test_each_apps_area_links_to_its_page_in_the_active_language(code, courses):
    with translation.override(code):
        links = site_links()

    assert [(a["key"], a["url"]) for a in links["areas"]] == [
        ("courses", courses),
        ("shop", f"/{code}/shop/catalogue/"),
        ("mentors", f"/{code}/mentors/"),
    ]
    assert links["area_urls"]["shop"] == f"/{code}/shop/catalogue/"


def test_the_header_and_footer_show_a_registered_area(client):
    def jobs():
        return NavigationArea(key="jobs", label="Jobs", url_name="newsletters:archive")

    with hooks.register_temporarily(NAVIGATION_AREAS, jobs):
        html = client.get("/en/").content.decode()

    assert '<a href="/en/newsletter/archive/" data-area="jobs">Jobs</a>' in html
    assert '<li><a href="/en/newsletter/archive/">Jobs</a></li>' in html


def test_the_areas_cost_one_query(django_assert_num_queries):
    site_links()  # content types are cached after the first use

    with translation.override("en"), django_assert_num_queries(1):
        site_links()
