"""URLs: language-prefixed pages, shop and accounts; admin, health and media bare.

Wagtail's catch-all must stay last: everything before it wins over a page slug.
"""

from django.apps import apps
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from rumbo.admin_fixes import admin_fixes_apply
from rumbo.views import healthz

admin_fixes_apply(admin.site)

# Every log-in, log-out, sign-up, password reset and password change goes
# through allauth (email verification, rate limits): Wagtail's, Django admin's
# and Oscar's own forms send the visitor there. Oscar's customer account and
# password-reset URLs are redirected in shop/config.py.
_login_redirect = RedirectView.as_view(pattern_name="account_login", query_string=True)


def to_login(request, *args, **kwargs):
    # An admin sends someone signed in without its rights to its login page;
    # allauth would send them straight back, round and round.
    if request.user.is_authenticated:
        raise PermissionDenied
    return _login_redirect(request, *args, **kwargs)


to_logout = RedirectView.as_view(pattern_name="account_logout")
single_account_path = [
    path("cms/login/", to_login),
    path("cms/logout/", to_logout),
    path(
        "cms/password_reset/",
        RedirectView.as_view(pattern_name="account_reset_password"),
    ),
    path("django-admin/login/", to_login),
    path("django-admin/logout/", to_logout),
    path(
        "django-admin/password_change/",
        RedirectView.as_view(pattern_name="account_change_password"),
    ),
]


def not_found(request, *args, **kwargs):
    raise Http404


# Wagtail takes revision id 0 for "not reverting" and then fails (a 500):
# there is no revision 0, so it is not found.
wagtail_guards = [
    path("cms/pages/<int:page_id>/revisions/0/revert/", not_found),
]

urlpatterns = [
    *single_account_path,
    *wagtail_guards,
    path("healthz", healthz, name="healthz"),
    # Open Badges credentials: one URL per certificate, whatever the language.
    path("credentials/", include("courses.certificates.credential_urls")),
    # The issuer's public keys: did:web's DID document and a JWKS.
    path(".well-known/", include("courses.certificates.well_known_urls")),
    path("cms/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("django-admin/", admin.site.urls),
]


def media_serve(request, path):
    """Django's static file view; a name the file system refuses (too long,
    say) is simply not found."""
    try:
        return serve(request, path, document_root=settings.MEDIA_ROOT)
    except (OSError, ValueError) as error:
        raise Http404 from error


if settings.SERVE_MEDIA:
    # Uploads on local disk (the embedded default); SecurityMiddleware adds
    # nosniff. With object storage the bucket serves them instead.
    urlpatterns.append(re_path(r"^media/(?P<path>.*)$", media_serve))

localised_account_redirects = [
    path("shop/dashboard/login/", to_login),
    path("shop/dashboard/logout/", to_logout),
    # Wagtail's log-in for private pages (WAGTAIL_FRONTEND_LOGIN_URL points to
    # allauth's already; this closes its own form).
    path("_util/login/", to_login),
]

if "anymail" in settings.INSTALLED_APPS:
    urlpatterns.append(path("anymail/", include("anymail.urls")))

urlpatterns += i18n_patterns(
    *localised_account_redirects,
    path("accounts/", include("users.urls")),
    path("accounts/", include("allauth.urls")),
    path("shop/", include(apps.get_app_config("oscar").urls[0])),
    path("learn/", include("courses.urls")),
    path("learn/", include("courses.exams.urls")),
    path("learn/", include("courses.discussion_urls")),
    path("certificates/", include("courses.certificates.urls")),
    path("mentors/", include("mentoring.urls")),
    path("newsletter/", include("newsletters.urls")),
    path("jobs/", include("jobs.urls")),
    path("partners/", include("organisations.urls")),
    path("registrations/", include("events.registrations.urls")),
    # Only the .ics files: the calendar pages are Wagtail's (slug "events").
    path("events/", include("events.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
