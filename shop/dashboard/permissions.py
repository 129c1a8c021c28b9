"""Oscar's dashboard permissions, with staff required in every one of them.

Oscar 4.2 lets a user in with model permissions alone (`catalogue.view_product`)
or, for products and orders, with `partner.dashboard_access` (its seller
view). Here every set also needs `is_staff`: sellers use the sellers'
workspace, and a non-staff user who was given model permissions (say, through
a Wagtail group) still stays out.
"""

from oscar.apps.dashboard import permissions


class DashboardPermission(permissions.DashboardPermission):
    staff = ["is_staff"]
    partner_dashboard_access = ["is_staff", "partner.dashboard_access"]

    @classmethod
    def get(cls, app_label, *codenames):
        return ["is_staff", *super().get(app_label, *codenames)]
