"""New fields, nullable until 0005 fills them in for certificates already issued."""

import courses.certificates.models
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0003_private_pdf_storage"),
    ]

    operations = [
        migrations.AddField(
            model_name="certificate",
            name="course_key",
            field=models.UUIDField(editable=False, null=True, verbose_name="course key"),
        ),
        migrations.AddField(
            model_name="certificate",
            name="status_index",
            field=models.PositiveIntegerField(
                editable=False, null=True, verbose_name="status list index"
            ),
        ),
        migrations.AddField(
            model_name="certificate",
            name="identity_salt",
            field=models.CharField(
                default=courses.certificates.models.new_salt,
                editable=False,
                max_length=32,
                verbose_name="salt of the learner's email hash",
            ),
        ),
    ]
