"""Staff screens in the Wagtail admin: topic and instructor snippets, course report."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from courses.models import Enrolment, Instructor, Topic
from courses.reports import course_report_rows

# Seeing the report needs the right to see enrolments (superusers have it).
REPORT_PERMISSION = "courses.view_enrolment"


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name", "slug"]
    search_fields = ["name", "slug"]
    search_backend_name = None  # plain database search; topics are not indexed


class InstructorViewSet(SnippetViewSet):
    model = Instructor
    icon = "user"
    menu_label = _("Instructors")
    list_display = ["name", "role"]
    search_fields = ["name", "role", "bio"]
    search_backend_name = None


register_snippet(TopicViewSet)
register_snippet(InstructorViewSet)


def _rate(field: str):
    def accessor(course):
        value = getattr(course, field)
        return "—" if value is None else f"{value:g} %"

    return accessor


class CourseReportView(ReportView):
    """Per course and language: enrolments, completion, exam passes, certificates."""

    page_title = _("Course report")
    header_icon = "list-ul"
    index_url_name = "courses_report"
    index_results_url_name = "courses_report_results"
    permission_policy = ModelPermissionPolicy(Enrolment)
    permission_required = "view"
    export_filename = "course-report"
    list_export = [
        "title",
        "locale.language_code",
        "enrolment_count",
        "completed_count",
        "completion_rate",
        "attempted_count",
        "passed_count",
        "pass_rate",
        "certificate_count",
    ]
    export_headings = {
        "title": _("Course"),
        "locale.language_code": _("Language"),
        "enrolment_count": _("Enrolments"),
        "completed_count": _("Completed"),
        "completion_rate": _("Completion rate (%)"),
        "attempted_count": _("Learners who sat the exam"),
        "passed_count": _("Learners who passed"),
        "pass_rate": _("Exam pass rate (%)"),
        "certificate_count": _("Certificates issued"),
    }
    columns = [
        Column("title", label=_("Course")),
        Column(
            "locale",
            label=_("Language"),
            accessor=lambda course: course.locale.get_display_name(),
        ),
        Column("enrolment_count", label=_("Enrolments")),
        Column(
            "completion_rate", label=_("Completion"), accessor=_rate("completion_rate")
        ),
        Column("attempted_count", label=_("Sat the exam")),
        Column("pass_rate", label=_("Pass rate"), accessor=_rate("pass_rate")),
        Column("certificate_count", label=_("Certificates")),
    ]

    def get_queryset(self):
        return course_report_rows()


class CourseReportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(REPORT_PERMISSION)


@hooks.register("register_reports_menu_item")
def register_course_report_menu_item():
    return CourseReportMenuItem(
        _("Courses"),
        reverse("courses_report"),
        name="course-report",
        icon_name="list-ul",
        order=700,
    )


@hooks.register("register_admin_urls")
def register_course_report_urls():
    return [
        path("reports/courses/", CourseReportView.as_view(), name="courses_report"),
        path(
            "reports/courses/results/",
            CourseReportView.as_view(results_only=True),
            name="courses_report_results",
        ),
    ]
