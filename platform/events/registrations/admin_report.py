"""The events report in the Wagtail admin: per event, registered, waiting and
attended, with CSV and Excel export. One row per event (its first page of all
translations); the figures are subqueries, so one query per page of rows."""

from django.core.exceptions import PermissionDenied
from django.db.models import (
    Count,
    IntegerField,
    Min,
    OuterRef,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from events.models import EventPage
from events.registrations.models import Registration


def _count(**condition):
    counted = (
        Registration.objects.filter(event_key=OuterRef("translation_key"), **condition)
        .order_by()
        .values("event_key")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def event_report_rows():
    firsts = (
        EventPage.objects.order_by()
        .values("translation_key")
        .annotate(first=Min("pk"))
        .values("first")
    )
    return (
        EventPage.objects.filter(pk__in=Subquery(firsts))
        .annotate(
            registered_count=_count(status=Registration.Status.CONFIRMED),
            waiting_count=_count(status=Registration.Status.WAITING),
            attended_count=_count(status=Registration.Status.CONFIRMED, attended=True),
        )
        .order_by("-start")
    )


class EventReportView(ReportView):
    page_title = _("Events report")
    header_icon = "date"
    index_url_name = "registrations_report"
    index_results_url_name = "registrations_report_results"
    export_filename = "events-report"
    list_export = [
        "title",
        "start_local",
        "town",
        "capacity",
        "registered_count",
        "waiting_count",
        "attended_count",
        "cancelled",
    ]
    export_headings = {
        "title": _("Event"),
        "start_local": _("Starts"),
        "town": _("Town"),
        "capacity": _("Capacity"),
        "registered_count": _("Registered"),
        "waiting_count": _("Waiting"),
        "attended_count": _("Attended"),
        "cancelled": _("Cancelled"),
    }
    columns = [
        Column("title", label=_("Event")),
        # In the event's own zone, as its page shows it.
        Column(
            "start",
            label=_("Starts"),
            accessor=lambda e: (
                f"{date_format(e.start_local, 'DATETIME_FORMAT')}"
                f" ({e.start_local.tzname()})"
            ),
        ),
        Column(
            "capacity",
            label=_("Capacity"),
            accessor=lambda e: "—" if e.capacity is None else e.capacity,
        ),
        Column("registered_count", label=_("Registered")),
        Column("waiting_count", label=_("Waiting")),
        Column("attended_count", label=_("Attended")),
        Column(
            "cancelled",
            label=_("Cancelled"),
            accessor=lambda e: _("Yes") if e.cancelled else "",
        ),
    ]

    def dispatch(self, request, *args, **kwargs):
        # Every organisation's figures: programme staff only.
        if not request.user.is_staff:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return event_report_rows()
