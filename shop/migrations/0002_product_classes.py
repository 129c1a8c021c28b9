from django.db import migrations


def forwards(apps, schema_editor):
    from shop.services.catalogue import product_classes_ensure

    product_classes_ensure(apps=apps)


class Migration(migrations.Migration):
    dependencies = [
        ("shop", "0001_initial"),
        ("catalogue", "0033_product_inquiry_only_product_review_status"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
