"""The demo site tree: home, about and privacy pages and the course catalogue,
in every language, with the texts in demo/data/site.json (drawn from the Ruta
CECE documents)."""

from django.db import transaction
from django.utils.html import escape

from demo.accounts import demo_users_ensure
from demo.content import load
from demo.seeders.courses import catalogue_ensure
from home.models import HomePage, StandardPage
from home.services import (
    child_page_ensure,
    django_site_sync,
    home_page_ensure,
    locales_ensure,
)


def _home_fields(code: str) -> dict:
    content = load("site")["home"][code]
    return {
        "title": content["title"],
        "intro": content["intro"],
        "body": [
            {
                "type": "areas",
                "value": [
                    {"area": area, "title": title, "text": text, "button": button}
                    for area, title, text, button in content["areas"]
                ],
            },
            {"type": "heading", "value": content["figures_heading"]},
            {
                "type": "figures",
                "value": [
                    {"label": label, "text": text} for label, text in content["figures"]
                ],
            },
        ],
    }


def _standard_fields(slug: str, code: str) -> dict:
    title, intro, paragraphs = load("site")["pages"][slug][code]
    return {
        "title": title,
        "intro": f"<p>{escape(intro)}</p>",
        "body": [
            {"type": "paragraph", "value": f"<p>{escape(p)}</p>"} for p in paragraphs
        ],
    }


@transaction.atomic
def site_tree_ensure() -> HomePage:
    """Create whatever is missing of the site tree in every language; idempotent.

    Pages that exist are left as editors made them.
    """
    locales = locales_ensure()
    home = home_page_ensure(locales, _home_fields)
    for slug in load("site")["pages"]:
        child_page_ensure(
            home,
            StandardPage,
            locales,
            fields_for=lambda code, slug=slug: _standard_fields(slug, code),
            slug_for=lambda code, slug=slug: slug,
        )
    catalogue_ensure(home, locales)
    django_site_sync()
    return home


def seed() -> None:
    """The site tree and the demo logins, which every later seeder builds on."""
    site_tree_ensure()
    demo_users_ensure()
