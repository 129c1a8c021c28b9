"""Oscar's partner-user forms: a shop's members get no dashboard permission.

Oscar gives "limited" users partner.dashboard_access, its seller view of the
dashboard. Here the dashboard is for staff only and sellers work in their
workspace, so the permission is never granted (migration 0011 removed it).
"""

from django.utils.translation import gettext_lazy as _
from oscar.apps.dashboard.partners import forms as oscar_forms

ROLE_CHOICES = (
    ("staff", _("Staff (the back office)")),
    ("limited", _("Shop member (the sellers' workspace only)")),
)


def dashboard_access_revoke(user) -> None:
    if not user.is_staff:
        permission = oscar_forms.Permission.objects.get(
            codename="dashboard_access", content_type__app_label="partner"
        )
        user.user_permissions.remove(permission)


class NewUserForm(oscar_forms.NewUserForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["role"].choices = ROLE_CHOICES

    def save(self):
        user = super().save()
        dashboard_access_revoke(user)
        return user


class ExistingUserForm(oscar_forms.ExistingUserForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["role"].choices = ROLE_CHOICES

    def save(self, commit=False):
        user = super().save(commit=commit)
        dashboard_access_revoke(user)
        return user
