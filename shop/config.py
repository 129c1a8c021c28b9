"""Oscar's URL configuration, plus the marketplace's own pages (storefronts, ...).

Oscar's own account area, log-in, registration and password reset are replaced
by Rumbo's (allauth and /<lang>/accounts/), and the features Rumbo does not use
(wish lists, product alerts, order line pages, address book, email history,
notifications) are switched off rather than left half-working. Their URL names
that Oscar's code and templates still reverse lead to Rumbo's pages instead.
"""

from django.urls import include, path
from django.views.generic import RedirectView
from oscar import config

# Oscar's customer pages that Rumbo keeps: the order history and the order
# status pages for guests.
CUSTOMER_URLS_KEPT = {"order-list", "order", "anon-order-form", "anon-order"}


class _RedirectTo(RedirectView):
    """A redirect to a named URL that ignores the path's own arguments."""

    def get_redirect_url(self, *args, **kwargs):
        return super().get_redirect_url()


def _to(route: str, name: str, target: str, *, keep_query: bool = False):
    view = _RedirectTo.as_view(pattern_name=target, query_string=keep_query)
    return path(route, view, name=name)


# Oscar's names, routes and where they lead now.
CUSTOMER_REDIRECTS = [
    _to("login/", "login", "account_login", keep_query=True),
    _to("logout/", "logout", "account_logout"),
    _to("register/", "register", "account_signup", keep_query=True),
    _to("", "summary", "account_home"),
    _to("profile/", "profile-view", "account_profile"),
    _to("change-password/", "change-password", "account_change_password"),
]
PASSWORD_RESET_REDIRECTS = [
    _to("password-reset/", "password-reset", "account_reset_password"),
    _to("password-reset/done/", "password-reset-done", "account_reset_password_done"),
    # A link from an old Oscar reset email: ask for a new one through allauth.
    _to(
        "password-reset/confirm/<str:uidb64>/<str:token>/",
        "password-reset-confirm",
        "account_reset_password",
    ),
    _to(
        "password-reset/complete/",
        "password-reset-complete",
        "account_reset_password_from_key_done",
    ),
]
PASSWORD_RESET_NAMES = {pattern.name for pattern in PASSWORD_RESET_REDIRECTS}
REMOVED_APPS = {"wishlists/"}


class Shop(config.Shop):
    def get_urls(self):
        urls = []
        for pattern in super().get_urls():
            route = str(pattern.pattern)
            if route in REMOVED_APPS or getattr(pattern, "name", None) in (
                PASSWORD_RESET_NAMES
            ):
                continue
            if route == "accounts/":
                pattern = path("accounts/", self.customer_urls())
            urls.append(pattern)
        return [path("", include("shop.urls")), *urls, *PASSWORD_RESET_REDIRECTS]

    def customer_urls(self):
        patterns, app_name, namespace = self.customer_app.urls
        kept = [p for p in patterns if getattr(p, "name", None) in CUSTOMER_URLS_KEPT]
        return [*CUSTOMER_REDIRECTS, *kept], app_name, namespace
