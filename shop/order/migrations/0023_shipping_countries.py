"""Spain and Portugal as shipping countries, so checkout works out of the box."""

from django.db import migrations

COUNTRIES = [
    # iso2, iso3, numeric, printable name, official name
    ("ES", "ESP", "724", "Spain", "Kingdom of Spain", 2),
    ("PT", "PRT", "620", "Portugal", "Portuguese Republic", 1),
]


def forwards(apps, schema_editor):
    Country = apps.get_model("address", "Country")
    for iso2, iso3, numeric, printable, name, order in COUNTRIES:
        Country.objects.update_or_create(
            iso_3166_1_a2=iso2,
            defaults={
                "iso_3166_1_a3": iso3,
                "iso_3166_1_numeric": numeric,
                "printable_name": printable,
                "name": name,
                "display_order": order,
                "is_shipping_country": True,
            },
        )


class Migration(migrations.Migration):
    dependencies = [
        ("order", "0022_sellershipping"),
        ("address", "0007_useraddress_code"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
