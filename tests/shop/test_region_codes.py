"""Shops' old region codes become the platform's (rumbo.regions)."""

import importlib

import pytest
from django.apps import apps
from oscar.core.loading import get_model

from rumbo.regions import Region
from tests.factories import shop as shop_factories

pytestmark = pytest.mark.django_db

Partner = get_model("partner", "Partner")
migration = importlib.import_module("shop.partner.migrations.0009_region_codes_shared")


def test_every_old_code_maps_to_its_own_platform_region():
    assert set(migration.OLD_TO_NEW.values()) <= set(Region.values)
    assert len(set(migration.OLD_TO_NEW.values())) == len(migration.OLD_TO_NEW)


def test_the_data_migration_recodes_shops_and_back():
    huelva = shop_factories.seller(name="Huelva Sabores")
    faro = shop_factories.seller(name="Faro Artes")
    Partner.objects.filter(pk=huelva.pk).update(region="andalucia")
    Partner.objects.filter(pk=faro.pk).update(region="algarve")

    migration.forwards(apps, None)
    assert dict(Partner.objects.values_list("name", "region")) == {
        "Huelva Sabores": Region.ANDALUCIA,
        "Faro Artes": Region.ALGARVE,
    }

    Partner.objects.filter(pk=faro.pk).update(region=Region.CANARIAS)
    migration.backwards(apps, None)
    assert dict(Partner.objects.values_list("name", "region")) == {
        "Huelva Sabores": "andalucia",
        "Faro Artes": "other-es",
    }
