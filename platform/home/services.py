"""The site tree: one home page per locale, with pages under it.

Content-free building blocks: whoever builds a site (the demo app, a deployment
script) passes the titles and bodies per language. Each helper is idempotent and
leaves pages that exist as editors made them.
"""

from collections.abc import Callable

from django.conf import settings
from django.contrib.sites.models import Site as DjangoSite
from wagtail.models import Locale, Page, Site

from home.models import HomePage

# The field values of a page in the language with this code.
FieldsFor = Callable[[str], dict]


def locales_ensure() -> dict[str, Locale]:
    return {
        code: Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.LANGUAGES
    }


def page_publish(page: Page, fields: dict) -> None:
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()


def page_translation_ensure(
    source: Page, locale: Locale, fields: dict, slug: str
) -> Page:
    """`source`'s translation into `locale`, copied and published if missing."""
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        return existing
    page = source.copy_for_translation(locale)
    page.slug = slug
    page_publish(page, fields)
    return page


def home_page_ensure(locales: dict[str, Locale], fields_for: FieldsFor) -> HomePage:
    """The home page of the default language as the default site's root, and its
    translations (slug `rumbo-<code>`)."""
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
                slug="rumbo", locale=default, **fields_for(default.language_code)
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
            page_translation_ensure(
                home, locale, fields_for(code), slug=f"rumbo-{code}"
            )
    return home


def child_page_ensure(
    parent: Page,
    page_class: type[Page],
    locales: dict[str, Locale],
    fields_for: FieldsFor,
    slug_for: Callable[[str], str],
) -> Page:
    """The first `page_class` page of the default language (with `slug_for` its
    slug, under `parent`) and its translations, created and published if missing."""
    default = locales[settings.LANGUAGE_CODE]
    slug = slug_for(default.language_code)
    page = page_class.objects.filter(locale=default, slug=slug).first()
    if page is None:
        page = parent.add_child(
            instance=page_class(
                slug=slug, locale=default, **fields_for(default.language_code)
            )
        )
        page.save_revision().publish()
    for code, locale in locales.items():
        if locale != default:
            page_translation_ensure(page, locale, fields_for(code), slug=slug_for(code))
    return page


def django_site_sync() -> None:
    """Django's Site (Oscar, flatpages) named like Wagtail's, at SITE_URL."""
    DjangoSite.objects.update_or_create(
        pk=settings.SITE_ID,
        defaults={"domain": settings.SITE_URL.split("://")[-1], "name": "Rumbo"},
    )
