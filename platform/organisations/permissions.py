"""Who may do what with organisations beyond Wagtail's page permissions."""

from django.utils.functional import cached_property
from wagtail.models import Page, PagePermissionTester
from wagtail.permissions import page_permission_policy

INVITE_PERMISSION = "organisations.invite_editor"


def can_manage_editors(user) -> bool:
    """Staff with the invite permission, and superusers. Editors are never
    staff, so a permission given to their group by mistake opens nothing."""
    if not (user.is_authenticated and user.is_active):
        return False
    return user.is_superuser or (user.is_staff and user.has_perm(INVITE_PERMISSION))


def can_remove_organisation(user, page) -> bool:
    """Deleting, unpublishing, moving or copying an organisation's profile is
    for who may edit the directory above it (staff), not for its own editors,
    whose page permissions start at the profile."""
    if not (user.is_authenticated and user.is_active):
        return False
    if user.is_superuser:
        return True
    # From the user's cached page permissions and the page's path, not from
    # get_parent(): the admin asks this for every row of the directory.
    parent_path = page.path[: -Page.steplen]
    if not parent_path:
        return False
    return any(
        perm.permission.codename == "change_page"
        and parent_path.startswith(perm.page.path)
        for perm in page_permission_policy.get_cached_permissions_for_user(user)
    )


class OrganisationPagePermissionTester(PagePermissionTester):
    """What the admin offers on an organisation's profile. Every Move, Copy,
    Delete and Unpublish button and menu item (listing rows, page header,
    edit footer, bulk actions) and their views ask this tester: saying no
    here hides them from the organisation's own editors instead of showing
    actions that the before_* hooks then refuse."""

    @cached_property
    def _may_remove(self) -> bool:
        return can_remove_organisation(self.user, self.page)

    def can_delete(self, ignore_bulk=False):
        return self._may_remove and super().can_delete(ignore_bulk=ignore_bulk)

    def can_unpublish(self):
        return self._may_remove and super().can_unpublish()

    def can_move(self):
        return self._may_remove and super().can_move()

    def can_copy(self):
        # A copy would be a second profile sharing the editors' group and
        # collection.
        return self._may_remove and super().can_copy()
