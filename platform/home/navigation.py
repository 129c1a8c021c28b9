"""Where the header, footer and area cards link to, in the active language."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from courses.models import CourseIndexPage

# Areas served by Wagtail pages are found by slug under the active locale's
# home; the shop is Oscar's URLconf.
AREA_LABELS = {"courses": _("Courses"), "shop": _("Shop"), "mentors": _("Mentors")}
PAGE_SLUGS = ("about", "privacy")


def site_links() -> dict:
    """Header areas and footer pages in one query: {"areas": [...], "about": url, ...}."""
    catalogue = ContentType.objects.get_for_model(CourseIndexPage)
    pages = Page.objects.live().filter(
        Q(slug__in=PAGE_SLUGS) | Q(content_type=catalogue),
        locale__language_code=get_language(),
        depth=3,
    )
    # The catalogue's slug is translated (cursos, courses), so it is found by type.
    urls = {
        "courses" if page.content_type_id == catalogue.pk else page.slug: page.url
        for page in pages
    }
    urls["shop"] = reverse("catalogue:index")
    urls["mentors"] = reverse("mentoring:directory")
    areas = [
        {"key": key, "label": label, "url": urls.get(key, "#")}
        for key, label in AREA_LABELS.items()
    ]
    return {"areas": areas, "area_urls": {a["key"]: a["url"] for a in areas}, **urls}
