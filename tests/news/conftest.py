import pytest
from wagtail.models import Locale

from home.models import HomePage
from tests.factories.news import news_index


def organisation_page(locale: str = "es", title: str = "Cámara de Huelva"):
    """A live partner organisation under the locale's directory."""
    from organisations.models import OrganisationIndexPage, OrganisationPage

    home = HomePage.objects.get(locale__language_code=locale)
    directory = OrganisationIndexPage.objects.child_of(home).first()
    if directory is None:
        directory = home.add_child(
            instance=OrganisationIndexPage(
                title="Entidades", slug="entidades", locale=home.locale
            )
        )
    return directory.add_child(
        instance=OrganisationPage(
            title=title,
            slug=title.lower().replace(" ", "-").replace("á", "a"),
            locale=Locale.objects.get(language_code=locale),
            town="Huelva",
            region="es-an",
        )
    )


@pytest.fixture
def wall(db):
    return news_index("es")


@pytest.fixture
def partner(db):
    return organisation_page()
