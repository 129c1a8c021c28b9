"""URLs: language-prefixed pages, shop and accounts; admin, health and media bare.

Wagtail's catch-all must stay last: everything before it wins over a page slug.
"""

from django.apps import apps
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from rumbo.views import healthz

# Every login, sign-up and password reset goes through allauth: the others'
# own forms send the visitor there.
single_account_path = [
    path(
        "cms/login/",
        RedirectView.as_view(pattern_name="account_login", query_string=True),
    ),
    path(
        "cms/password_reset/",
        RedirectView.as_view(pattern_name="account_reset_password"),
    ),
    path(
        "django-admin/login/",
        RedirectView.as_view(pattern_name="account_login", query_string=True),
    ),
]

urlpatterns = [
    *single_account_path,
    path("healthz", healthz, name="healthz"),
    # Open Badges credentials: one URL per certificate, whatever the language.
    path("credentials/", include("courses.certificates.credential_urls")),
    path("cms/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("django-admin/", admin.site.urls),
    path("i18n/", include("django.conf.urls.i18n")),
]

if settings.SERVE_MEDIA:
    # Uploads on local disk (the embedded default); SecurityMiddleware adds
    # nosniff. With object storage the bucket serves them instead.
    urlpatterns.append(
        re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT})
    )

oscar_account_redirects = [
    path(
        "shop/accounts/login/",
        RedirectView.as_view(pattern_name="account_login", query_string=True),
    ),
    path("shop/accounts/logout/", RedirectView.as_view(pattern_name="account_logout")),
    path(
        "shop/accounts/register/",
        RedirectView.as_view(pattern_name="account_signup", query_string=True),
    ),
    path(
        "shop/password-reset/",
        RedirectView.as_view(pattern_name="account_reset_password"),
    ),
]

if "anymail" in settings.INSTALLED_APPS:
    urlpatterns.append(path("anymail/", include("anymail.urls")))

urlpatterns += i18n_patterns(
    *oscar_account_redirects,
    path("accounts/", include("users.urls")),
    path("accounts/", include("allauth.urls")),
    path("shop/", include(apps.get_app_config("oscar").urls[0])),
    path("learn/", include("courses.urls")),
    path("learn/", include("courses.exams.urls")),
    path("learn/", include("courses.discussion_urls")),
    path("certificates/", include("courses.certificates.urls")),
    path("mentors/", include("mentoring.urls")),
    path("newsletter/", include("newsletters.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
