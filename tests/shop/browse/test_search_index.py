"""Products stay in Wagtail's search index as they are saved and deleted."""

import pytest

from tests.factories.shop import product, seller

pytestmark = pytest.mark.django_db

SEARCH = "/es/shop/search/"


def _found(client, words: str, title: str) -> bool:
    return title in client.get(SEARCH, {"q": words}).content.decode()


def test_saving_a_product_updates_the_index(client):
    item = product(seller(), title="Bolso de corcho")
    assert _found(client, "corcho", "Bolso de corcho")

    item.title = "Bolso de esparto"
    item.save()

    assert _found(client, "esparto", "Bolso de esparto")
    assert not _found(client, "corcho", "Bolso de")


def test_deleting_a_product_removes_it_from_the_index(client):
    from wagtail.search.models import IndexEntry

    item = product(seller(), title="Sombrero de paja")
    pk = str(item.pk)
    assert IndexEntry.objects.filter(object_id=pk).exists()

    item.delete()

    assert not IndexEntry.objects.filter(object_id=pk).exists()
