"""The site tree: one home page per locale, with its standard pages."""

from django.conf import settings
from django.contrib.sites.models import Site as DjangoSite
from django.db import transaction
from django.utils.html import escape
from wagtail.models import Locale, Page, Site

from home import demo_content
from home.models import HomePage, StandardPage


def locales_ensure() -> dict[str, Locale]:
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.LANGUAGES
    }


def _home_fields(code: str) -> dict:
    content = demo_content.HOME[code]
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
    title, intro, paragraphs = demo_content.PAGES[slug][code]
    return {
        "title": title,
        "intro": f"<p>{escape(intro)}</p>",
        "body": [
            {"type": "paragraph", "value": f"<p>{escape(p)}</p>"} for p in paragraphs
        ],
    }


def _publish(page: Page, fields: dict) -> None:
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()


def _translate(source: Page, locale: Locale, fields: dict, slug: str) -> Page:
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        return existing
    page = source.copy_for_translation(locale)
    page.slug = slug
    _publish(page, fields)
    return page


def _home_ensure(locales: dict[str, Locale]) -> HomePage:
    default = locales[settings.LANGUAGE_CODE]
    home = HomePage.objects.filter(locale=default).first()
    if home is None:
        root = Page.get_first_root_node()
        if root is None:  # a flushed database has lost Wagtail's migrated root
            root = Page.add_root(
                instance=Page(title="Root", slug="root", locale=default, live=True)
            )
        home = root.add_child(
            instance=HomePage(
                slug="rumbo", locale=default, **_home_fields(default.language_code)
            )
        )
        home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None or site.root_page_id != home.pk:
        old_root = site.root_page if site else None
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={
                "hostname": "localhost",
                "port": 80,
                "site_name": "Rumbo",
                "root_page": home,
            },
        )
        # Wagtail's own "Welcome" page is a bare Page that nothing links to any more.
        if old_root is not None and old_root.specific_class is Page:
            old_root.delete()
    for code, locale in locales.items():
        if locale != default:
            _translate(home, locale, _home_fields(code), slug=f"rumbo-{code}")
    return home


def _catalogue_ensure(home: HomePage, locales: dict[str, Locale]) -> None:
    from courses.models import CourseIndexPage

    default = locales[settings.LANGUAGE_CODE]
    catalogue = CourseIndexPage.objects.filter(locale=default).first()
    if catalogue is None:
        slug, title, intro = demo_content.CATALOGUE[default.language_code]
        catalogue = home.add_child(
            instance=CourseIndexPage(
                slug=slug, title=title, intro=intro, locale=default
            )
        )
        catalogue.save_revision().publish()
    for code, locale in locales.items():
        if locale != default:
            slug, title, intro = demo_content.CATALOGUE[code]
            _translate(catalogue, locale, {"title": title, "intro": intro}, slug=slug)


@transaction.atomic
def site_tree_ensure() -> HomePage:
    """Create whatever is missing of the site tree in every language; idempotent.

    Pages that exist are left as editors made them.
    """
    locales = locales_ensure()
    home = _home_ensure(locales)
    default = locales[settings.LANGUAGE_CODE]
    for slug in demo_content.PAGES:
        page = StandardPage.objects.filter(locale=default, slug=slug).first()
        if page is None:
            page = home.add_child(
                instance=StandardPage(
                    slug=slug,
                    locale=default,
                    **_standard_fields(slug, default.language_code),
                )
            )
            page.save_revision().publish()
        for code, locale in locales.items():
            if locale != default:
                _translate(page, locale, _standard_fields(slug, code), slug=slug)
    _catalogue_ensure(home, locales)
    DjangoSite.objects.update_or_create(
        pk=settings.SITE_ID,
        defaults={"domain": settings.SITE_URL.split("://")[-1], "name": "Rumbo"},
    )
    return home
