"""Staff screens in the Wagtail admin: topic and instructor snippets, course report;
and what courses add to the core: account panel, data export, navigation,
newsletter segment and featured block."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from newsletters.hooks import FEATURED_BLOCKS, SEGMENTS
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from courses.certificates.selectors import certificates_for_user
from courses.data_export import learning_section
from courses.models import CourseIndexPage, Enrolment, Instructor, Topic
from courses.newsletter import LearnersSegment, featured_course
from courses.reports import course_report_rows
from courses.selectors import enrolments_for_user
from home.hooks import NAVIGATION_AREAS, NavigationArea
from users.hooks import ACCOUNT_PANELS, DATA_EXPORT_SECTIONS, AccountPanel

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


# --- What courses add to the platform's core (users, home, newsletters hooks) ---


@hooks.register(ACCOUNT_PANELS)
def learning_panel(request):
    return AccountPanel(
        key="courses",
        title=_("My courses and certificates"),
        template_name="courses/includes/account_panel.html",
        context={
            "enrolments": enrolments_for_user(request.user),
            "certificates": list(
                certificates_for_user(request.user, include_revoked=True)
            ),
        },
        stylesheets=("courses/css/courses.css", "certificates/certificates.css"),
    )


@hooks.register(DATA_EXPORT_SECTIONS)
def learning_data_export():
    return {"learning": learning_section}


@hooks.register(NAVIGATION_AREAS)
def courses_area():
    return NavigationArea(key="courses", label=_("Courses"), page_type=CourseIndexPage)


@hooks.register(SEGMENTS)
def learners_segment():
    return [LearnersSegment()]


@hooks.register(FEATURED_BLOCKS)
def featured_course_block():
    return featured_course()
