"""Sellers work in the sellers' workspace: Oscar's dashboard is for staff only.

Opening a shop used to grant partner.dashboard_access; take it back from every
user who is not staff (directly and through groups is not used here). Reversing
gives it back to the members of shops.
"""

from django.db import migrations


def _permission(apps):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.filter(
        content_type__app_label="partner", codename="dashboard_access"
    ).first()


def revoke(apps, schema_editor):
    permission = _permission(apps)
    if permission is None:
        return
    User = apps.get_model("users", "User")
    Through = User.user_permissions.through
    Through.objects.filter(permission=permission, user__is_staff=False).delete()


def grant_back(apps, schema_editor):
    permission = _permission(apps)
    if permission is None:
        return
    User = apps.get_model("users", "User")
    Through = User.user_permissions.through
    sellers = User.objects.filter(partners__isnull=False, is_staff=False).distinct()
    Through.objects.bulk_create(
        [Through(user_id=pk, permission=permission) for pk in sellers.values_list("pk", flat=True)],
        ignore_conflicts=True,
    )


class Migration(migrations.Migration):
    dependencies = [
        ("partner", "0010_partner_holiday_message_partner_on_holiday_and_more"),
        ("users", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(revoke, grant_back)]
