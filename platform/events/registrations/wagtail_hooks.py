"""Event registration in the Wagtail admin (an "Attendees" button on event
pages, the events report) and what it adds to the core: the "My events"
account panel, data export, account deletion, a newsletter segment."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from newsletters.hooks import SEGMENTS
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button, HeaderButton

from events.models import EventPage
from events.registrations.admin_report import EventReportView
from events.registrations.data_export import registrations_section
from events.registrations.newsletter import EventRegistrantsSegment
from events.registrations.selectors import my_events
from events.registrations.services import account_delete
from users.hooks import (
    ACCOUNT_DELETION_STEPS,
    ACCOUNT_PANELS,
    DATA_EXPORT_SECTIONS,
    AccountPanel,
)

ACCOUNT_PANEL_UPCOMING = 3


def _attendees_url(page) -> str:
    return reverse("registrations:attendees", kwargs={"page_id": page.pk})


@hooks.register("register_page_header_buttons")
def attendees_header_button(page, user, view_name, next_url=None):
    if page.specific_class is EventPage and page.permissions_for_user(user).can_edit():
        yield HeaderButton(
            _("Attendees"), url=_attendees_url(page), icon_name="group", priority=40
        )


@hooks.register("register_page_listing_more_buttons")
def attendees_listing_button(page, user, next_url=None):
    if page.specific_class is EventPage and page.permissions_for_user(user).can_edit():
        yield Button(
            _("Attendees"), url=_attendees_url(page), icon_name="group", priority=45
        )


class StaffMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_staff


@hooks.register("register_reports_menu_item")
def register_events_report_menu_item():
    return StaffMenuItem(
        _("Events"),
        reverse("registrations_report"),
        name="events-report",
        icon_name="date",
        order=720,
    )


@hooks.register("register_admin_urls")
def register_events_report_urls():
    return [
        path("reports/events/", EventReportView.as_view(), name="registrations_report"),
        path(
            "reports/events/results/",
            EventReportView.as_view(results_only=True),
            name="registrations_report_results",
        ),
    ]


@hooks.register(ACCOUNT_PANELS)
def my_events_panel(request):
    rows = my_events(request.user)
    return AccountPanel(
        key="events",
        title=_("My events"),
        template_name="registrations/includes/account_panel.html",
        context={
            "upcoming": rows["upcoming"][:ACCOUNT_PANEL_UPCOMING],
            "past_count": len(rows["past"]),
        },
        stylesheets=("registrations/css/registrations.css",),
    )


@hooks.register(DATA_EXPORT_SECTIONS)
def registrations_data_export():
    return {"event_registrations": registrations_section}


@hooks.register(ACCOUNT_DELETION_STEPS)
def registrations_delete(user):
    account_delete(user=user)


@hooks.register(SEGMENTS, order=50)  # after the feature apps' groups
def registrations_segments():
    return [EventRegistrantsSegment()]
