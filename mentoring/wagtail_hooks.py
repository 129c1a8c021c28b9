"""Mentoring in the Wagtail admin: the expertise taxonomy as a snippet, and a
menu leading to the staff screens (approval, report, cohort matching)."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from mentoring.models import ExpertiseArea


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
            reverse("mentoring:staff_report"),
            icon_name="list-ul",
            order=3,
        ),
    ]
    return SubmenuMenuItem(
        _("Mentoring"), Menu(items=items), icon_name="group", order=450
    )
