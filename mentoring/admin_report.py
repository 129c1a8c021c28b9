"""The mentoring report in the Wagtail admin, like the course report: per
mentor rows, overall figures above them, CSV and Excel export."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView

from mentoring import reports


def _rating(row) -> str:
    return "—" if row.average_rating is None else f"{row.average_rating:.1f}"


class MentoringReportView(ReportView):
    page_title = _("Mentoring report")
    header_icon = "group"
    index_url_name = "mentoring_report"
    index_results_url_name = "mentoring_report_results"
    results_template_name = "mentoring/admin/report_results.html"
    export_filename = "mentoring-report"
    list_export = [
        "user.public_name",
        "user.email",
        "capacity",
        "active_count",
        "ended_count",
        "pending_count",
        "oldest_days",
        "session_count",
        "goals_achieved",
        "rating",
    ]
    export_headings = {
        "user.public_name": _("Mentor"),
        "user.email": _("Email"),
        "capacity": _("Capacity"),
        "active_count": _("Active"),
        "ended_count": _("Ended"),
        "pending_count": _("Requests waiting"),
        "oldest_days": _("Oldest (days)"),
        "session_count": _("Sessions"),
        "goals_achieved": _("Goals achieved"),
        "rating": _("Average rating"),
    }
    columns = [
        Column("mentor", label=_("Mentor"), accessor="user.public_name"),
        Column(
            "active",
            label=_("Active"),
            accessor=lambda row: f"{row.active_count}/{row.capacity}",
        ),
        Column("ended_count", label=_("Ended")),
        Column("pending_count", label=_("Requests waiting")),
        Column(
            "oldest_days",
            label=_("Oldest (days)"),
            accessor=lambda row: "—" if row.oldest_days is None else row.oldest_days,
        ),
        Column("session_count", label=_("Sessions")),
        Column("goals_achieved", label=_("Goals achieved")),
        Column("rating", label=_("Average rating"), accessor=_rating),
    ]

    def dispatch(self, request, *args, **kwargs):
        # The same people as the other mentoring staff screens.
        if not request.user.is_staff:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return reports.mentor_report_rows()

    def decorate_paginated_queryset(self, object_list):
        rows = list(object_list)
        for row in rows:
            row.oldest_days = reports.age_days(row.oldest_pending)
            row.rating = (
                "" if row.average_rating is None else round(row.average_rating, 2)
            )
        return rows

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["figures"] = reports.overall_figures()
        return context
