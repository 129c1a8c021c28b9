"""WSGI entry point: `gunicorn rumbo.wsgi:application` with platform/ on the path."""

import os

from django.core.wsgi import get_wsgi_application

from rumbo import paths  # noqa: F401  (puts the apps in platform/ on sys.path)

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rumbo.settings")

from rumbo.page_cache.wsgi import PageCacheApplication  # noqa: E402

# Public pages that are the same for every visitor are answered from the page
# cache before Django's request handling (rumbo/page_cache/wsgi.py).
application = PageCacheApplication(get_wsgi_application())

# Certificate PDFs and packing slips: the fonts are read once as a web process
# starts (about 300 ms), not in the first learner's request.
from rumbo.pdf_fonts import font_names  # noqa: E402

font_names()
