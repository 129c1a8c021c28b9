"""What feature apps add to the site's navigation, through Wagtail hooks.

NAVIGATION_AREAS
    A function, registered in an app's ``wagtail_hooks.py`` with
    ``@hooks.register(NAVIGATION_AREAS)``, receiving nothing and returning a
    ``NavigationArea``. Areas appear in the header and footer in hook order
    (Wagtail's ``order=`` argument, then ``INSTALLED_APPS``).
"""

from dataclasses import dataclass

from django.utils.functional import Promise
from wagtail import hooks

NAVIGATION_AREAS = "register_navigation_area"


@dataclass(frozen=True)
class NavigationArea:
    """One of the platform's areas, and how to find its URL in the active language.

    ``key`` names the area for templates and area cards (``area_url``).
    Give ``page_type`` for an area served by a Wagtail page (found by type
    right under the active language's home, since its slug is translated),
    or ``url_name`` for one served by a URLconf (reversed in the language).
    ``in_header=False`` lists it in the footer only, for areas people reach
    from others (the header holds a handful at most).
    """

    key: str
    label: str | Promise
    page_type: type | None = None
    url_name: str = ""
    in_header: bool = True


def navigation_areas() -> list[NavigationArea]:
    return [fn() for fn in hooks.get_hooks(NAVIGATION_AREAS)]
