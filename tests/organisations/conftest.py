import pytest

from tests.factories import UserFactory
from tests.factories.organisations import (
    editor_of,
    organisation_page,
    organisation_translation,
)


@pytest.fixture
def org_a(db):
    page = organisation_page(title="Ayuntamiento de Badajoz", slug="badajoz")
    organisation_translation(page, "pt")
    organisation_translation(page, "en")
    page.refresh_from_db()
    return page


@pytest.fixture
def org_b(db):
    page = organisation_page(
        title="Cámara de Comercio de Sevilla", slug="camara-sevilla", kind="chamber"
    )
    organisation_translation(page, "en")
    page.refresh_from_db()
    return page


@pytest.fixture
def editor_a(org_a):
    return editor_of(org_a, UserFactory(display_name="Editora A"))


@pytest.fixture
def editor_b(org_b):
    return editor_of(org_b, UserFactory(display_name="Editor B"))


@pytest.fixture
def staff(db):
    return UserFactory(is_staff=True, is_superuser=True, display_name="Staff")
