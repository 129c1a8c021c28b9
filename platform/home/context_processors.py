from django.utils.functional import SimpleLazyObject
from oscar.apps.search.context_processors import search_form as oscar_search_form

from home.navigation import site_links

ADMIN_PREFIXES = ("/cms/", "/django-admin/")


def search_form(request):
    """Oscar's product search form, except inside the Wagtail and Django admins.

    Oscar's processor otherwise leaks its search box into Wagtail listings.
    """
    if request.path.startswith(ADMIN_PREFIXES):
        return {}
    return oscar_search_form(request)


def site(request):
    """Navigation links, computed only if a template uses them."""
    return {"site_links": SimpleLazyObject(site_links)}
