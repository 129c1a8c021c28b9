"""Where the header, footer and area cards link to, in the active language."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import get_language
from wagtail.models import Page

from home.hooks import navigation_areas
from rumbo import page_cache

PAGE_SLUGS = ("about", "privacy")


def site_links() -> dict:
    """Header areas and footer pages: {"areas": [...], "about": url, ...}.

    Every page shows them, so they are remembered per language until a
    top-level page changes (home.page_cache purges "navigation").
    """
    language = get_language()
    return page_cache.remembered(
        f"navigation:{language}", ["navigation"], _site_links_build
    )


def _site_links_build() -> dict:
    """The links in one query; the areas are those the feature apps register
    (home.hooks)."""
    registered = navigation_areas()
    # Areas served by pages are found by type: their slugs are translated.
    # One query for every area's type, however many apps register one.
    types = ContentType.objects.get_for_models(
        *(area.page_type for area in registered if area.page_type is not None)
    )
    page_areas = {
        types[area.page_type].pk: area.key
        for area in registered
        if area.page_type is not None
    }
    pages = Page.objects.live().filter(
        Q(slug__in=PAGE_SLUGS) | Q(content_type__in=list(page_areas)),
        locale__language_code=get_language(),
        depth=3,
    )
    urls = {page_areas.get(page.content_type_id, page.slug): page.url for page in pages}
    for area in registered:
        if area.url_name:
            urls[area.key] = reverse(area.url_name)
    areas = [
        {
            "key": area.key,
            "label": str(area.label),
            "url": urls[area.key],
            "in_header": area.in_header,
        }
        for area in registered
        # An area whose page nobody has made yet (a new site) is left out
        # rather than linked nowhere.
        if area.key in urls
    ]
    return {"areas": areas, "area_urls": {a["key"]: a["url"] for a in areas}, **urls}
