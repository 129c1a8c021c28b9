"""Organisations for tests, built under the real tree (one home per locale).

Plain functions: Wagtail pages need `add_child`, which factory_boy does not fit.
"""

from itertools import count

from wagtail.models import Locale

from home.models import HomePage
from organisations.models import OrganisationIndexPage, OrganisationPage

_numbers = count(1)

SLUGS = {"es": "organizaciones", "pt": "organizacoes", "en": "organisations"}


def organisation_index(locale: str = "es") -> OrganisationIndexPage:
    """The locale's organisation directory, created under its home if missing."""
    home = HomePage.objects.get(locale__language_code=locale)
    index = OrganisationIndexPage.objects.child_of(home).first()
    if index is None and locale != "es":
        # A translation of the Spanish one, so that organisations can be
        # translated under it.
        index = organisation_index("es").copy_for_translation(home.locale)
        index.slug = SLUGS[locale]
        index.save_revision().publish()
    if index is None:
        index = home.add_child(
            instance=OrganisationIndexPage(
                title="Organizaciones", slug=SLUGS[locale], locale=home.locale
            )
        )
    return index


def organisation_page(
    index: OrganisationIndexPage | None = None, **kwargs
) -> OrganisationPage:
    """A live organisation under `index` (the Spanish directory by default);
    its editors' group, collection and permissions come with it."""
    index = index or organisation_index()
    number = next(_numbers)
    fields = {
        "title": f"Ayuntamiento {number}",
        "slug": f"ayuntamiento-{number}",
        "town": "Badajoz",
        "region": "es-ex",
        "kind": "council",
        "description": "<p>Un ayuntamiento que apoya a quien emprende.</p>",
        "locale": index.locale,
        **kwargs,
    }
    page = index.add_child(instance=OrganisationPage(**fields))
    page.refresh_from_db()
    return page


def organisation_translation(page: OrganisationPage, locale: str) -> OrganisationPage:
    """`page` translated into `locale` (copy_for_translation, as the admin
    does), under that locale's directory, published."""
    organisation_index(locale)
    translation = page.copy_for_translation(Locale.objects.get(language_code=locale))
    translation.save_revision().publish()
    translation.refresh_from_db()
    return translation


def editor_of(page: OrganisationPage, user):
    """Make `user` an editor of `page`'s organisation (all its languages)."""
    page.refresh_from_db()
    user.groups.add(page.editors)
    return user
