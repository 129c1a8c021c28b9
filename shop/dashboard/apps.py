"""Oscar's dashboard, forked: the staff back office, and nothing else.

Sellers work in their own workspace (/<lang>/shop/my-shop/); Oscar's dashboard
answers only to staff. Every URL of the dashboard and of its sub-apps passes
through `get_url_decorator` here (Oscar's `post_process_urls` walks the
included sub-app URLs too), on top of each sub-app's own permissions:

- anonymous visitors go to allauth's log-in, signed-in non-staff get a 403;
- ids that are not numbers never reach the database (a 404 for an id in the
  URL; posted checkboxes dropped): see access.ids_checked.

Forking the app also makes `get_class("dashboard.<sub-app>.<module>")` find
our modules in shop/dashboard/<sub-app>/.
"""

import oscar.apps.dashboard.apps as apps
from django.conf import settings

from shop.dashboard.access import ids_checked, staff_required

# Oscar's own log-in and log-out pages, open to anyone; platform/rumbo/urls.py
# sends both to allauth before they are reached.
OPEN_URL_NAMES = ("login", "logout")


class DashboardConfig(apps.DashboardConfig):
    name = "shop.dashboard"
    login_url = settings.LOGIN_URL

    def get_url_decorator(self, pattern):
        if pattern.name in OPEN_URL_NAMES:
            return None
        own = super().get_url_decorator(pattern)
        guard = staff_required(login_url=self.login_url)

        def decorate(view):
            view = ids_checked(own(view) if own else view)
            return guard(view)

        return decorate
