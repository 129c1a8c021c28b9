"""Fill in the new fields of certificates already issued.

- status_index: distinct random bits of the first revocation list;
- identity_salt: one of its own each (AddField gave them all the same);
- course_key: the course's translation_key. Where a learner already holds
  certificates for several language versions of a course, the first issued
  keeps the key and the others none: they stay valid, but no new one is issued.
- language: the language the course page is written in (its locale), which is
  what the certificate's texts are in; it was the course's "language of
  instruction", which translations copied from the original.
"""

import random
import secrets

from django.db import migrations

LIST_BITS = 131_072


def fill(apps, schema_editor):
    Certificate = apps.get_model("certificates", "Certificate")
    certificates = list(
        Certificate.objects.order_by("issued_at", "pk").values_list(
            "pk",
            "user_id",
            "course__translation_key",
            "course__locale__language_code",
        )
    )
    lists = len(certificates) // (LIST_BITS // 2) + 1
    indexes = random.SystemRandom().sample(range(lists * LIST_BITS), len(certificates))
    seen = set()
    for (pk, user_id, course_key, language), index in zip(
        certificates, indexes, strict=True
    ):
        fields = {"status_index": index, "identity_salt": secrets.token_hex(16)}
        if course_key is not None and (user_id, course_key) not in seen:
            seen.add((user_id, course_key))
            fields["course_key"] = course_key
        if language:
            fields["language"] = language
        Certificate.objects.filter(pk=pk).update(**fields)


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0004_status_index_course_key_salt"),
        ("courses", "0001_initial"),
    ]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
