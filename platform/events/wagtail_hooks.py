"""What events add to the core: the calendar in the navigation and the
featured event block of newsletters. Both come after the programme's own
areas (courses, shop, mentors: hook order 0)."""

from django.utils.translation import gettext_lazy as _
from newsletters.hooks import FEATURED_BLOCKS
from wagtail import hooks

from events.models import EventIndexPage
from events.newsletter import featured_event
from home.hooks import NAVIGATION_AREAS, NavigationArea


@hooks.register(NAVIGATION_AREAS, order=10)
def events_area():
    return NavigationArea(key="events", label=_("Events"), page_type=EventIndexPage)


@hooks.register(FEATURED_BLOCKS, order=10)
def register_featured_event():
    return featured_event()
