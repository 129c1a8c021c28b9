"""Certificate PDFs move out of public media into private storage.

Each stored PDF is copied from the default (public) storage to the private one
under the same name, then deleted from public storage. A file already in
private storage is left alone, so running this again is harmless; a PDF
missing from both is rendered again on its next download.
"""

import courses.certificates.storage
from django.db import migrations, models


def pdfs_to_private_storage(apps, schema_editor):
    from django.core.files.storage import default_storage, storages

    Certificate = apps.get_model("certificates", "Certificate")
    private = storages["private"]
    for pk, name in (
        Certificate.objects.exclude(pdf="").values_list("pk", "pdf").iterator()
    ):
        if private.exists(name):
            if default_storage.exists(name):
                default_storage.delete(name)
            continue
        if not default_storage.exists(name):
            continue  # rendered again on its next download
        with default_storage.open(name, "rb") as public_file:
            saved = private.save(name, public_file)
        Certificate.objects.filter(pk=pk).update(pdf=saved)
        default_storage.delete(name)


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0002_initial"),
    ]

    operations = [
        migrations.AlterField(
            model_name="certificate",
            name="pdf",
            field=models.FileField(
                blank=True,
                storage=courses.certificates.storage.private_storage,
                upload_to="certificates/",
                verbose_name="PDF",
            ),
        ),
        migrations.RunPython(pdfs_to_private_storage, migrations.RunPython.noop),
    ]
