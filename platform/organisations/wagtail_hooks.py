"""Organisations in the Wagtail admin (the staff's editors screen, guards on
the profile pages) and what they add to the account area.

Navigation: the directory is not a NavigationArea. The header already lists
courses, shop and mentors, and the network adds news, events and jobs: a
seventh entry would not fit on one line on a laptop, nor keep the phone
menu short. Profiles link back to the directory, and the news wall and the
footer can link to it.
"""

from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from home.hooks import NAVIGATION_AREAS, NavigationArea
from organisations import admin_urls
from organisations.data_export import organisations_section
from organisations.models import OrganisationIndexPage, OrganisationPage
from organisations.permissions import can_manage_editors, can_remove_organisation
from organisations.selectors import (
    organisation_pages_hidden_from,
    organisations_edited_by,
)
from organisations.services import invitations_forget
from users.hooks import (
    ACCOUNT_DELETION_STEPS,
    ACCOUNT_PANELS,
    DATA_EXPORT_SECTIONS,
    AccountPanel,
)


class EditorsMenuItem(MenuItem):
    def is_shown(self, request):
        return can_manage_editors(request.user)


# In the footer: people meet organisations through their news, events and jobs.
@hooks.register(NAVIGATION_AREAS, order=60)
def organisations_area():
    return NavigationArea(
        key="organisations",
        label=_("Partner organisations"),
        page_type=OrganisationIndexPage,
        in_header=False,
    )


# Last, after Wagtail's own apps have added theirs.
@hooks.register("construct_homepage_summary_items", order=100)
def partners_see_no_site_totals(request, summary_items):
    # "401 pages in Rumbo" counts the whole site: nothing a partner edits.
    user = request.user
    if not (user.is_staff or user.is_superuser):
        summary_items.clear()


@hooks.register("register_admin_urls")
def register_editors_urls():
    return [path("organisations/editors/", include(admin_urls))]


@hooks.register("register_admin_menu_item")
def register_editors_menu_item():
    return EditorsMenuItem(
        _("Organisation editors"),
        reverse("organisations_admin:index"),
        name="organisation-editors",
        icon_name="group",
        order=460,
    )


@hooks.register("register_permissions")
def register_invite_permission():
    return Permission.objects.filter(
        content_type__app_label="organisations", codename="invite_editor"
    )


# An organisation's editors hold page permissions from its profile down: by
# Wagtail's rules that would let them delete (while it has no posts),
# unpublish, move or copy the profile itself. That is the staff's decision.
# OrganisationPage.permissions_for_user already hides those actions from
# them (Wagtail 8 has no hook to filter the page header's buttons); these
# guards refuse them too, whatever the view asks.


def _guard(request, page):
    if isinstance(page.specific_deferred, OrganisationPage) and not (
        can_remove_organisation(request.user, page)
    ):
        raise PermissionDenied


@hooks.register("before_delete_page")
def guard_delete(request, page):
    _guard(request, page)


@hooks.register("before_unpublish_page")
def guard_unpublish(request, page):
    _guard(request, page)


@hooks.register("before_copy_page")
def guard_copy(request, page):
    # A copy would be a second profile sharing the editors' group.
    _guard(request, page)


@hooks.register("before_move_page")
def guard_move(request, page, destination):
    # Wagtail's move confirmation shows the page (and its draft title)
    # without asking whether the user may move it there: ask here.
    if not page.permissions_for_user(request.user).can_move_to(destination):
        raise PermissionDenied
    _guard(request, page)


@hooks.register("construct_page_chooser_queryset")
def hide_other_organisations_pages(pages, request):
    """The page chooser lists every page with its draft title: a partner's
    editor does not see what is under other organisations."""
    user = request.user
    if user.is_staff or user.is_superuser:
        return pages
    return pages.exclude(organisation_pages_hidden_from(user))


@hooks.register("before_bulk_action")
def guard_bulk(request, action_type, objects, action_class_instance):
    if action_type in {"delete", "unpublish", "move"}:
        for page in objects:
            if hasattr(page, "specific_deferred"):
                _guard(request, page)


# --- What organisations add to the platform's core (users hooks) ---


@hooks.register(ACCOUNT_PANELS)
def organisations_panel(request):
    organisations = list(organisations_edited_by(request.user))
    if not organisations:
        return None
    return AccountPanel(
        key="organisations",
        title=_("Organisations you edit"),
        template_name="organisations/includes/account_panel.html",
        context={"organisations": organisations},
    )


@hooks.register(DATA_EXPORT_SECTIONS)
def organisations_data_export():
    return {"organisations": organisations_section}


@hooks.register(ACCOUNT_DELETION_STEPS)
def organisations_deletion_step(user):
    invitations_forget(user=user)
