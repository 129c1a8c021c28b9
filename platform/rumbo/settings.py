"""Rumbo settings, read from the environment.

Unset variables give the embedded default: a SQLite file, Celery tasks run
in-process, a local-memory cache, mail printed on the console and media in a
local folder. `DJANGO_ENV=production` turns the safety checks on and refuses to
start without the secrets a deployment must provide. Every variable is listed in
`.env.example` and in the README.
"""

from datetime import timedelta
from pathlib import Path

import environ
from csp.constants import NONCE
from django.utils.translation import gettext_lazy as _
from oscar.defaults import *  # noqa: F403  (Oscar's defaults, overridden below)

BASE_DIR = Path(__file__).resolve().parents[2]
PLATFORM_DIR = BASE_DIR / "platform"
VAR_DIR = BASE_DIR / "var"

env = environ.Env()
if (BASE_DIR / ".env").is_file():
    env.read_env(str(BASE_DIR / ".env"))

# --- Environment ---------------------------------------------------------------
DJANGO_ENV = env("DJANGO_ENV", default="development")
PRODUCTION = DJANGO_ENV == "production"

if PRODUCTION:
    # No defaults: a deployment that forgets these must not start.
    SECRET_KEY = env("SECRET_KEY")
    if len(SECRET_KEY) < 50:
        raise environ.ImproperlyConfigured(
            "SECRET_KEY must be a random string of at least 50 characters"
        )
    ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")
    if not ALLOWED_HOSTS:
        raise environ.ImproperlyConfigured("Set the ALLOWED_HOSTS environment variable")
    DEBUG = False
else:
    SECRET_KEY = env(
        "SECRET_KEY", default="dev-only-not-secret-rumbo-key-change-me-in-production"
    )
    ALLOWED_HOSTS = env.list(
        "ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]", "testserver"]
    )
    DEBUG = env.bool("DEBUG", default=False)

CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])
SITE_URL = env("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")
SITE_ID = 1

# --- Applications --------------------------------------------------------------
# Our apps come first so their templates override Wagtail's, Oscar's and allauth's.
LOCAL_APPS = [
    "home.apps.HomeConfig",
    "users.apps.UsersConfig",
    "outbox.apps.OutboxConfig",
    "newsletters.apps.NewslettersConfig",
    "organisations.apps.OrganisationsConfig",
    "news.apps.NewsConfig",
    "events.apps.EventsConfig",
    "events.registrations.apps.RegistrationsConfig",
    "jobs.apps.JobsConfig",
    "courses.apps.CoursesConfig",
    "courses.exams.apps.ExamsConfig",
    "courses.certificates.apps.CertificatesConfig",
    "shop.apps.ShopConfig",
    "mentoring.apps.MentoringConfig",
]

THIRD_PARTY_APPS = [
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.simple_translation",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.locales",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    # Oscar and what it needs
    "shop.config.Shop",
    "oscar.apps.analytics.apps.AnalyticsConfig",
    "shop.checkout.apps.CheckoutConfig",
    "oscar.apps.address.apps.AddressConfig",
    "shop.shipping.apps.ShippingConfig",
    "shop.catalogue.apps.CatalogueConfig",
    "oscar.apps.catalogue.reviews.apps.CatalogueReviewsConfig",
    "oscar.apps.communication.apps.CommunicationConfig",
    "shop.partner.apps.PartnerConfig",
    "shop.basket.apps.BasketConfig",
    "oscar.apps.payment.apps.PaymentConfig",
    "oscar.apps.offer.apps.OfferConfig",
    "shop.order.apps.OrderConfig",
    "oscar.apps.customer.apps.CustomerConfig",
    "shop.search.apps.SearchConfig",
    "oscar.apps.voucher.apps.VoucherConfig",
    "oscar.apps.wishlists.apps.WishlistsConfig",
    "shop.dashboard.apps.DashboardConfig",  # the staff back office
    "oscar.apps.dashboard.reports.apps.ReportsDashboardConfig",
    "oscar.apps.dashboard.users.apps.UsersDashboardConfig",
    "shop.dashboard.orders.apps.OrdersDashboardConfig",
    "shop.dashboard.catalogue.apps.CatalogueDashboardConfig",
    "oscar.apps.dashboard.offers.apps.OffersDashboardConfig",
    "oscar.apps.dashboard.partners.apps.PartnersDashboardConfig",
    "oscar.apps.dashboard.pages.apps.PagesDashboardConfig",
    "oscar.apps.dashboard.ranges.apps.RangesDashboardConfig",
    "oscar.apps.dashboard.reviews.apps.ReviewsDashboardConfig",
    "oscar.apps.dashboard.vouchers.apps.VouchersDashboardConfig",
    "oscar.apps.dashboard.communications.apps.CommunicationsDashboardConfig",
    "oscar.apps.dashboard.shipping.apps.ShippingDashboardConfig",
    "widget_tweaks",
    "haystack",
    "treebeard",
    "django_tables2",
    "sorl.thumbnail",
    # Accounts
    "allauth",
    "allauth.account",
    "django_countries",
    # Infrastructure
    "storages",
    "csp",
]

DJANGO_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.flatpages",
    "django.contrib.humanize",
]

# Demo data and `seed_demo` (for `make run` and the tests) never reach a
# deployment: the demo/ folder is left out of the image, so production leaves the
# app out unless RUMBO_DEMO=1 asks for it (a staging copy with demo/ beside it).
DEMO = env.bool("RUMBO_DEMO", default=not PRODUCTION)
if DEMO:
    LOCAL_APPS.append("demo.apps.DemoConfig")

INSTALLED_APPS = LOCAL_APPS + THIRD_PARTY_APPS + DJANGO_APPS

# --- Requests ------------------------------------------------------------------
MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages compressed like the static files; ETag and Last-Modified answered
    # with a 304 (the page cache sets them on public pages).
    "django.middleware.gzip.GZipMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "rumbo.csp_header.CSPMiddleware",
    # Before anything reads cookies, the session or the database: 400 for NUL
    # and non-UTF-8 escapes in any URL or form; every cookie gets SameSite.
    "rumbo.middleware.RequestSanityMiddleware",
    "rumbo.middleware.CookieDefaultsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    # Before the page cache, so that pages from it carry the header too.
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Public pages for visitors without a session (rumbo/page_cache).
    "rumbo.page_cache.middleware.PageCacheMiddleware",
    "home.middleware.SiteMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "oscar.apps.basket.middleware.BasketMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # Admin URLs that ignore Wagtail's permissions: staff only.
    "organisations.middleware.PartnerAdminGuardMiddleware",
    "django.contrib.flatpages.middleware.FlatpageFallbackMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "rumbo.urls"
WSGI_APPLICATION = "rumbo.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "home.context_processors.search_form",
                "oscar.apps.checkout.context_processors.checkout",
                "oscar.core.context_processors.metadata",
                "home.context_processors.site",
            ],
        },
    },
]

# --- Data ----------------------------------------------------------------------
DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}")
}
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=0)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "rumbo.redis_cache.SharedClientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "rumbo",
        }
    }
else:
    # Room for the public pages as well (Django's default keeps 300 entries).
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": 5000},
        }
    }
# Public pages for anonymous visitors (rumbo/page_cache): at most this long,
# purged sooner when what they show changes. PAGE_CACHE_TAG_HEADER names the
# header that carries each page's tags to a CDN that purges by tag (e.g.
# Cache-Tag, Surrogate-Key); empty sends none.
PAGE_CACHE_ENABLED = env.bool("PAGE_CACHE_ENABLED", default=True)
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=600)
PAGE_CACHE_TAG_HEADER = env("PAGE_CACHE_TAG_HEADER", default="")

# --- Accounts ------------------------------------------------------------------
AUTH_USER_MODEL = "users.User"
AUTHENTICATION_BACKENDS = [
    "allauth.account.auth_backends.AuthenticationBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "account_home"
LOGOUT_REDIRECT_URL = "/"

ACCOUNT_ADAPTER = "users.adapters.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_SIGNUP_FORM_CLASS = "users.forms.SignupForm"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = False
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Rumbo] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if PRODUCTION else "http"
# Password guessing is slowed down, not locked out for good: after 5 failures for
# one address in 5 minutes (or 20 from one IP in a minute) that login waits out
# the window. Counters live in the cache, so they are shared by web processes.
ACCOUNT_LOGIN_FAILED_COOLOFF = env.int("LOGIN_FAILED_COOLOFF_SECONDS", default=300)
ACCOUNT_RATE_LIMITS = {
    "login_failed": f"20/m/ip,5/{ACCOUNT_LOGIN_FAILED_COOLOFF}s/key",
}
# Rate limits per IP need the visitor's address, not the load balancer's. Behind
# N proxies you run, the client is the Nth address from the right of
# X-Forwarded-For; or name a header your proxy sets to the client's address
# (X-Real-IP, CF-Connecting-IP). Neither is trusted unless set: a visitor could
# write any X-Forwarded-For. rumbo.client_ip reads the same two settings.
ALLAUTH_TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
ALLAUTH_TRUSTED_CLIENT_IP_HEADER = env("TRUSTED_CLIENT_IP_HEADER", default="") or None
# Every password goes through allauth: Wagtail's own password reset and change
# forms are off (its login and reset URLs redirect to allauth's, see urls.py).
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL

# --- Internationalisation ------------------------------------------------------
LANGUAGE_CODE = "es"
LANGUAGES = [
    ("es", _("Spanish")),
    ("pt", _("Portuguese")),
    ("en", _("English")),
]
TIME_ZONE = "Europe/Madrid"
USE_I18N = True
USE_TZ = True
# Earlier wins, and any entry here beats the apps' own catalogues. Our catalogue
# first (makemessages writes only there); then hand-kept overrides of
# third-party strings (allauth's Spanish says "usted", we say "tú"); then
# third-party Portuguese catalogues that ship only as pt_PT, which
# `manage.py link_locales` links in as plain `pt`.
LOCALE_PATHS = [
    BASE_DIR / "locale",
    BASE_DIR / "locale_overrides",
    *sorted((VAR_DIR / "locale").glob("*")),
]

WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [
    ("es", "Español"),
    ("pt-pt", "Português"),
    ("en", "English"),
]

# --- Static files and media ----------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=str(VAR_DIR / "media"))

AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME", default="")
if AWS_STORAGE_BUCKET_NAME:
    MEDIA_STORAGE = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": env("AWS_S3_ENDPOINT_URL", default=None),
            "region_name": env("AWS_S3_REGION_NAME", default=None),
            "custom_domain": env("AWS_S3_CUSTOM_DOMAIN", default=None),
            "default_acl": None,
            "file_overwrite": False,
            "querystring_auth": False,
        },
    }
else:
    MEDIA_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
# The app serves uploads itself only when they are on local disk.
SERVE_MEDIA = not AWS_STORAGE_BUCKET_NAME

# Files only a view may hand out, after checking who asks (certificate PDFs):
# a folder outside MEDIA_ROOT, or the bucket's private/ prefix, read through
# signed URLs that expire in a minute.
PRIVATE_MEDIA_ROOT = env.path("PRIVATE_MEDIA_ROOT", default=str(VAR_DIR / "private"))
if AWS_STORAGE_BUCKET_NAME:
    PRIVATE_STORAGE = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            **MEDIA_STORAGE["OPTIONS"],
            "location": "private",
            "custom_domain": None,
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": 60,
        },
    }
else:
    PRIVATE_STORAGE = {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": str(PRIVATE_MEDIA_ROOT)},
    }

STORAGES = {
    "default": MEDIA_STORAGE,
    "private": PRIVATE_STORAGE,
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# --- Email ---------------------------------------------------------------------
vars().update(env.email_url("EMAIL_URL", default="consolemail://"))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Rumbo <hola@rumbo.local>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Newsletters ---------------------------------------------------------------
NEWSLETTER_FROM_EMAIL = env("NEWSLETTER_FROM_EMAIL", default="") or DEFAULT_FROM_EMAIL
# Messages per second per worker process (0: as fast as the SMTP server takes).
NEWSLETTER_RATE_LIMIT = env.float("NEWSLETTER_RATE_LIMIT", default=0)
NEWSLETTER_BATCH_SIZE = env.int("NEWSLETTER_BATCH_SIZE", default=100)
NEWSLETTER_PARALLEL_TASKS = env.int("NEWSLETTER_PARALLEL_TASKS", default=4)
# A delivery left "sending" longer than this (a dead worker) is sent again.
NEWSLETTER_LEASE_SECONDS = env.int("NEWSLETTER_LEASE_SECONDS", default=600)
NEWSLETTER_MAX_ATTEMPTS = env.int("NEWSLETTER_MAX_ATTEMPTS", default=8)
# How often a running batch re-reads pause/cancel and unsubscribes (0: per message).
NEWSLETTER_RECHECK_SECONDS = env.float("NEWSLETTER_RECHECK_SECONDS", default=0.25)
NEWSLETTER_UNSUBSCRIBE_MAILTO = env("NEWSLETTER_UNSUBSCRIBE_MAILTO", default="")
# An email provider through django-anymail: its settings (e.g. WEBHOOK_SECRET),
# and bounce/complaint webhooks at /anymail/.
ANYMAIL = env.dict("ANYMAIL", default={})
if ANYMAIL:
    INSTALLED_APPS.append("anymail")

# --- Mentoring -----------------------------------------------------------------
# A mentoring request nobody answers: the mentor is reminded, then it expires.
MENTORING_REQUEST_REMIND_DAYS = env.int("MENTORING_REQUEST_REMIND_DAYS", default=7)
MENTORING_REQUEST_EXPIRE_DAYS = env.int("MENTORING_REQUEST_EXPIRE_DAYS", default=14)
MENTORING_MAX_OPEN_REQUESTS = env.int("MENTORING_MAX_OPEN_REQUESTS", default=3)

# --- Courses -------------------------------------------------------------------
# The organisation named on certificates and in their Open Badges credential.
CERTIFICATE_ISSUER = env("CERTIFICATE_ISSUER", default="Rumbo")

# --- Certificate signing -------------------------------------------------------
# Open Badges credentials are signed as VC-JOSE (ES256) with a P-256 private key
# in PEM: inline (a "\n" may stand for each line break) or from a file. Outside
# production a key is made on first use and kept in the file (under var/, never
# committed); production needs one set. Rotation: put the old key, or just its
# public key, in CERTIFICATE_PREVIOUS_KEYS(_FILE), PEM blocks one after another,
# so what it signed keeps verifying, and set the new one here. See the README.
CERTIFICATE_SIGNING_KEY = env("CERTIFICATE_SIGNING_KEY", default="")
CERTIFICATE_SIGNING_KEY_FILE = env(
    "CERTIFICATE_SIGNING_KEY_FILE",
    default=str(VAR_DIR / "keys" / "certificate-signing-key.pem"),
)
CERTIFICATE_PREVIOUS_KEYS = env("CERTIFICATE_PREVIOUS_KEYS", default="")
CERTIFICATE_PREVIOUS_KEYS_FILE = env("CERTIFICATE_PREVIOUS_KEYS_FILE", default="")

# --- Celery --------------------------------------------------------------------
# Without REDIS_URL tasks run in the web process, which is the embedded default.
CELERY_BROKER_URL = REDIS_URL or "memory://"
CELERY_TASK_ALWAYS_EAGER = not REDIS_URL
CELERY_TASK_EAGER_PROPAGATES = True
CELERY_TASK_IGNORE_RESULT = True
CELERY_ACCEPT_CONTENT = ["json"]
CELERY_TASK_SERIALIZER = "json"
CELERY_RESULT_SERIALIZER = "json"
CELERY_TIMEZONE = TIME_ZONE
# A task is acknowledged after it ran, and re-queued when its worker dies; tasks
# are therefore written to be idempotent.
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SOFT_TIME_LIMIT = env.int("CELERY_TASK_SOFT_TIME_LIMIT", default=240)
CELERY_TASK_TIME_LIMIT = env.int("CELERY_TASK_TIME_LIMIT", default=300)
CELERY_TASK_DEFAULT_QUEUE = "default"
CELERY_TASK_ROUTES = {
    "outbox.tasks.*": {"queue": "mail"},
    "newsletters.tasks.*": {"queue": "mail"},
    "courses.tasks.*": {"queue": "mail"},
    "shop.tasks.notify_*": {"queue": "mail"},
    "mentoring.tasks.notify_*": {"queue": "mail"},
    "events.tasks.*": {"queue": "mail"},
    "jobs.tasks.*": {"queue": "mail"},
    "organisations.tasks.*": {"queue": "mail"},
}
# Redis re-delivers an unacknowledged task after this long: retries and ETAs
# must stay well below it.
CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_WORKER_SEND_TASK_EVENTS = False
CELERY_BEAT_SCHEDULE: dict = {
    "newsletters-send-due-campaigns": {
        "task": "newsletters.tasks.campaigns_send_due_task",
        "schedule": 60,  # scheduled campaigns start within a minute of their time
    },
    "mentoring-requests-remind-and-expire": {
        "task": "mentoring.tasks.requests_remind_and_expire_task",
        "schedule": 60 * 60,  # hourly: reminders and expiries land within the hour
    },
    "events-send-reminders": {
        "task": "events.tasks.reminders_send_task",
        "schedule": 15 * 60,  # a day's notice, give or take a quarter of an hour
    },
    "jobs-close-past-offers": {
        "task": "jobs.tasks.offers_close_past_task",
        "schedule": 60 * 60,  # lists already leave them out; this marks them closed
    },
}

# --- Wagtail -------------------------------------------------------------------
WAGTAIL_SITE_NAME = "Rumbo"
WAGTAILADMIN_BASE_URL = SITE_URL
# Its own path, which sends the anonymous to allauth and refuses the signed-in
# without admin access (rumbo.urls.to_login) instead of looping through allauth.
WAGTAILADMIN_LOGIN_URL = "/cms/login/"
# No Gravatar: pages must not call out to third-party hosts.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Search matches word forms in every language ("emprendedor" finds
# "emprendimiento", "gestion" finds "gestión"): objects are indexed by the
# Snowball stems of their own language, made in Python, the same on PostgreSQL
# and SQLite (rumbo/search_backends/). PostgreSQL reads the stems with its
# named "simple" configuration, so it parses a query once, not once per row.
# After upgrading from an index built otherwise (earlier versions indexed with
# PostgreSQL's "english"), or after changing rumbo/search.py, rebuild the index
# once: `manage.py wagtail_update_index`.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "rumbo.search_backends"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "pptx", "xlsx", "odt", "odp", "ods", "txt"]

# --- Oscar ---------------------------------------------------------------------
OSCAR_SHOP_NAME = "Rumbo"
OSCAR_SHOP_TAGLINE = _("Marketplace")
OSCAR_DEFAULT_CURRENCY = "EUR"
OSCAR_FROM_EMAIL = DEFAULT_FROM_EMAIL
OSCAR_ALLOW_ANON_CHECKOUT = True
# Switched off, with their URLs (shop/config.py): Rumbo does not use them.
OSCAR_HIDDEN_FEATURES = ["wishlists"]
OSCAR_SEND_REGISTRATION_EMAIL = False
OSCAR_REQUIRED_ADDRESS_FIELDS = (
    "first_name",
    "last_name",
    "line1",
    "line4",
    "postcode",
    "country",
)
# Orders are paid offline (bank transfer or on delivery); each seller moves their
# own lines through the line pipeline, and the order's status follows.
OSCAR_INITIAL_ORDER_STATUS = "Awaiting payment"
OSCAR_INITIAL_LINE_STATUS = "Awaiting payment"
OSCAR_LINE_STATUS_PIPELINE = {
    "Awaiting payment": ("Paid", "Cancelled"),
    "Paid": ("Shipped", "Completed", "Cancelled"),
    "Shipped": ("Completed",),
    "Completed": (),
    "Cancelled": (),
}
OSCAR_ORDER_STATUS_PIPELINE = {
    "Awaiting payment": ("In progress", "Completed", "Cancelled"),
    "In progress": ("Completed", "Cancelled"),
    "Completed": (),
    "Cancelled": (),
}
# Offline payment: bank transfer is offered only once an IBAN is set; pay on
# delivery always is. A card provider is one more class in SHOP_PAYMENT_METHODS.
SHOP_BANK_TRANSFER_DETAILS = {
    "account_holder": env("SHOP_BANK_ACCOUNT_HOLDER", default=""),
    "iban": env("SHOP_BANK_IBAN", default=""),
    "bic": env("SHOP_BANK_BIC", default=""),
    "bank_name": env("SHOP_BANK_NAME", default=""),
}
SHOP_PAYMENT_METHODS = [
    "shop.checkout.payment.BankTransfer",
    "shop.checkout.payment.PayOnDelivery",
]


def _staff(user, *args, **kwargs) -> bool:
    return user.is_staff


# Oscar's dashboard is the staff back office (sellers work in /<lang>/shop/my-shop/;
# shop/dashboard/ requires is_staff on every URL). Staff also reach every seller's
# sales statement and the sellers waiting for review.
for _section in OSCAR_DASHBOARD_NAVIGATION:  # noqa: F405
    _urls = {child.get("url_name") for child in _section.get("children", [])}
    if "dashboard:order-list" in _urls:
        _section["children"].append(
            {
                "label": _("Sales statement"),
                "url_name": "shop:statement",
                "access_fn": _staff,
            }
        )
    if "dashboard:catalogue-product-list" in _urls:
        _section["children"].append(
            {
                "label": _("Sellers to review"),
                "url_name": "dashboard:seller-review-list",
                "access_fn": _staff,
            }
        )

# New sellers' products wait for staff approval before they are public.
SHOP_PRODUCTS_NEED_APPROVAL = env.bool("SHOP_PRODUCTS_NEED_APPROVAL", default=True)
HAYSTACK_CONNECTIONS = {
    "default": {"ENGINE": "haystack.backends.simple_backend.SimpleEngine"}
}

# --- Security ------------------------------------------------------------------
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"  # Wagtail's preview panel frames our own pages
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = False
# No page sets the language cookie (the language is in the URL); if anything
# ever does, it is flagged like the others. Oscar's basket cookie has no
# SameSite setting: rumbo.middleware.CookieDefaultsMiddleware adds Lax to it
# and to any other cookie that lacks one.
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
if PRODUCTION:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
    SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", default=False)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    OSCAR_BASKET_COOKIE_SECURE = True
    OSCAR_RECENTLY_VIEWED_COOKIE_SECURE = True
    LANGUAGE_COOKIE_SECURE = True
    SILENCED_SYSTEM_CHECKS = [
        # X-Frame-Options is SAMEORIGIN, not DENY, so Wagtail can preview pages.
        "security.W019",
        # HSTS preload is a hard-to-undo request to browser vendors: the
        # deployer opts in with SECURE_HSTS_PRELOAD=true once HTTPS is settled.
        *([] if SECURE_HSTS_PRELOAD else ["security.W021"]),
    ]

# The public site gets a strict policy; the Wagtail and Django admins (and Oscar's
# dashboard), which rely on inline scripts, are left out of it.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": (
        "/cms/",
        "/django-admin/",
        *(f"/{code}/shop/dashboard/" for code, _name in LANGUAGES),
    ),
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", NONCE],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", "blob:", *env.list("CSP_IMG_HOSTS", default=[])],
        "media-src": ["'self'", *env.list("CSP_IMG_HOSTS", default=[])],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": [
            "'self'",
            "https://www.youtube-nocookie.com",
            "https://player.vimeo.com",
        ],
        "frame-ancestors": ["'self'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}

# --- Logging -------------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        # The simple backend warns on every product save; see the README.
        "haystack": {"level": "ERROR"},
        # Wagtail's inline task backend logs every reference-index update.
        "django_tasks": {"level": "WARNING"},
    },
}

HEALTHZ_TIMEOUT = timedelta(seconds=2)
