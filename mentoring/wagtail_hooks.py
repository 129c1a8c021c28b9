"""Mentoring in the Wagtail admin: the expertise taxonomy as a snippet, the
mentoring report, and a menu leading to the staff screens (approval, cohort
matching); and what mentoring adds to the core: account panel, data export,
navigation, newsletter segments and featured block."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from newsletters.hooks import FEATURED_BLOCKS, SEGMENTS
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from home.hooks import NAVIGATION_AREAS, NavigationArea
from mentoring.admin_report import MentoringReportView
from mentoring.data_export import mentoring_section
from mentoring.models import ExpertiseArea
from mentoring.newsletter import (
    MenteesSegment,
    MentorsSegment,
    featured_mentor,
    mentor_chooser_viewset,
)
from mentoring.templatetags.mentoring_tags import mentoring_account_panel
from users.hooks import ACCOUNT_PANELS, DATA_EXPORT_SECTIONS, AccountPanel


class ExpertiseAreaViewSet(SnippetViewSet):
    model = ExpertiseArea
    icon = "tag"
    menu_label = _("Expertise areas")
    list_display = ["name_es", "name_pt", "name_en", "slug"]
    search_fields = ["name_es", "name_pt", "name_en", "slug"]
    search_backend_name = None


register_snippet(ExpertiseAreaViewSet)


class StaffMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_staff


@hooks.register("register_admin_menu_item")
def register_mentoring_menu_item():
    from wagtail.admin.menu import Menu, SubmenuMenuItem

    items = [
        StaffMenuItem(
            _("Mentor approval"),
            reverse("mentoring:staff_home"),
            icon_name="user",
            order=1,
        ),
        StaffMenuItem(
            _("Cohort matching"),
            reverse("mentoring:cohort_list"),
            icon_name="group",
            order=2,
        ),
        StaffMenuItem(
            _("Mentoring report"),
            reverse("mentoring_report"),
            icon_name="list-ul",
            order=3,
        ),
    ]
    return SubmenuMenuItem(
        _("Mentoring"), Menu(items=items), icon_name="group", order=450
    )


@hooks.register("register_reports_menu_item")
def register_mentoring_report_menu_item():
    return StaffMenuItem(
        _("Mentoring"),
        reverse("mentoring_report"),
        name="mentoring-report",
        icon_name="group",
        order=710,
    )


@hooks.register("register_admin_urls")
def register_mentoring_report_urls():
    return [
        path(
            "reports/mentoring/", MentoringReportView.as_view(), name="mentoring_report"
        ),
        path(
            "reports/mentoring/results/",
            MentoringReportView.as_view(results_only=True),
            name="mentoring_report_results",
        ),
    ]


# --- What mentoring adds to the platform's core (users, home, newsletters hooks) ---


@hooks.register(ACCOUNT_PANELS)
def mentoring_panel(request):
    return AccountPanel(
        key="mentoring",
        title=_("Mentoring"),
        template_name="mentoring/includes/account_panel.html",
        context=mentoring_account_panel({"user": request.user}),
    )


@hooks.register(DATA_EXPORT_SECTIONS)
def mentoring_data_export():
    return {"mentoring": mentoring_section}


@hooks.register(NAVIGATION_AREAS)
def mentors_area():
    return NavigationArea(
        key="mentors", label=_("Mentors"), url_name="mentoring:directory"
    )


@hooks.register(SEGMENTS)
def mentoring_segments():
    return [MentorsSegment(), MenteesSegment()]


@hooks.register(FEATURED_BLOCKS)
def featured_mentor_block():
    return featured_mentor()


@hooks.register("register_admin_viewset")
def register_mentor_chooser():
    return mentor_chooser_viewset
