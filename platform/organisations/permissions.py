"""Who may do what with organisations beyond Wagtail's page permissions."""

INVITE_PERMISSION = "organisations.invite_editor"


def can_manage_editors(user) -> bool:
    """Staff with the invite permission, and superusers. Editors are never
    staff, so a permission given to their group by mistake opens nothing."""
    if not (user.is_authenticated and user.is_active):
        return False
    return user.is_superuser or (user.is_staff and user.has_perm(INVITE_PERMISSION))


def can_remove_organisation(user, page) -> bool:
    """Deleting, unpublishing or moving an organisation's profile is for who
    may edit the directory above it (staff), not for its own editors, whose
    page permissions start at the profile."""
    if user.is_superuser:
        return True
    parent = page.get_parent()
    return parent is not None and parent.permissions_for_user(user).can_edit()
