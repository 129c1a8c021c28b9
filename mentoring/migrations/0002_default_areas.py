from django.db import migrations


def add_areas(apps, schema_editor):
    from mentoring.taxonomy import DEFAULT_AREAS

    ExpertiseArea = apps.get_model("mentoring", "ExpertiseArea")
    for order, (slug, es, pt, en) in enumerate(DEFAULT_AREAS):
        ExpertiseArea.objects.get_or_create(
            slug=slug,
            defaults={"name_es": es, "name_pt": pt, "name_en": en, "sort_order": order},
        )


class Migration(migrations.Migration):
    dependencies = [("mentoring", "0001_initial")]
    operations = [migrations.RunPython(add_areas, migrations.RunPython.noop)]
