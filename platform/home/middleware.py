"""The Wagtail site of each request, remembered instead of queried.

Wagtail looks the site up for every page it serves (``Site.find_for_request``,
one query) and keeps it on the request. This puts the one remembered from an
earlier request there first, and remembers the one Wagtail found otherwise,
until a site or a site's root page changes (home.page_cache purges "sites").
A request that needs no site (a health check, say) reads no database.
"""

import time

from django.http.request import split_domain_port

from rumbo import page_cache

TAGS = ["sites"]


class SiteMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # After CommonMiddleware, which has refused hosts not in ALLOWED_HOSTS.
        hostname = split_domain_port(request.get_host())[0]
        key = f"site:{hostname}:{request.get_port()}"
        site = page_cache.recall(key, TAGS)
        if site is not None:
            request._wagtail_site = site
            return self.get_response(request)
        started = time.time()
        response = self.get_response(request)
        found = getattr(request, "_wagtail_site", None)
        if found is not None:
            page_cache.remember(key, found, started)
        return response
