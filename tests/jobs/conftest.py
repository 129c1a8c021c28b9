import itertools

import pytest
from django.contrib.auth.models import Group

from tests.factories import UserFactory
from tests.factories import jobs as job_factories

_numbers = itertools.count(1)


@pytest.fixture
def run_on_commit(django_capture_on_commit_callbacks):
    """Run on_commit callbacks (tasks, emails) of the block, as a commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def seller(db):
    """Someone running an approved shop: (user, shop, poster key)."""
    return job_factories.shop_poster(
        UserFactory(display_name="Sara Seller", email="sara.seller@example.org"),
        name="Panadería Guadiana",
        city="Badajoz",
        region="es-ex",
    )


@pytest.fixture
def other_seller(db):
    return job_factories.shop_poster(
        UserFactory(display_name="Otto Other", email="otto.other@example.org"),
        name="Otra Tienda",
    )


@pytest.fixture
def applicant(db):
    return UserFactory(display_name="Ana Applicant", email="ana.applicant@example.org")


@pytest.fixture
def offer(seller):
    user, shop, key = seller
    return job_factories.offer(
        poster_key=key, poster_name=shop.name, created_by=user, title="Socio panadero"
    )


def organisation_with_editor(editor, title="Cámara de Comercio de Huelva"):
    """A live partner organisation in Spanish whose editors' group holds ``editor``."""
    from wagtail.models import Page

    from organisations.models import OrganisationIndexPage, OrganisationPage

    n = next(_numbers)
    home = Page.objects.get(depth=2, locale__language_code="es").specific
    index = OrganisationIndexPage.objects.filter(locale=home.locale).first()
    if index is None:
        index = home.add_child(
            instance=OrganisationIndexPage(
                title="Organizaciones", slug=f"organizaciones-{n}"
            )
        )
    group = Group.objects.create(name=f"Jobs test editors {n}")
    page = index.add_child(
        instance=OrganisationPage(
            title=title,
            slug=f"organisation-jobs-{n}",
            town="Huelva",
            region="es-an",
            editors=group,
        )
    )
    editor.groups.add(group)
    return page
