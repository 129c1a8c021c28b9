"""Closes the Wagtail admin URLs that ignore page and collection permissions
to everyone but staff, so that a partner's editor never sees another
partner's drafts or media there:

- the admin API's image and document endpoints list every image and document,
  whatever the collection (the admin's own screens do not use them);
- the "aging pages" report lists every page with its draft title, to anyone
  with any page permission;
- the workflow screens of a page name it (draft title) in their error message
  before asking whether the user may see it: for non-staff, only on pages
  they may edit.

Pages, images and documents screens check permissions themselves; the page
chooser is narrowed in wagtail_hooks.py.
"""

import re

from django.core.exceptions import PermissionDenied

STAFF_ONLY_PREFIXES = (
    "/cms/api/main/images/",
    "/cms/api/main/documents/",
    "/cms/reports/aging-pages/",
)

WORKFLOW_PAGE = re.compile(r"^/cms/pages/workflow/[a-z_]+/(\d+)/")


def _may_edit(user, page_id: int) -> bool:
    from wagtail.models import Page

    page = Page.objects.filter(pk=page_id).first()
    return page is not None and page.permissions_for_user(user).can_edit()


class PartnerAdminGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        path = request.path
        if path.startswith("/cms/"):
            if path.startswith(STAFF_ONLY_PREFIXES) and self._partner(request):
                raise PermissionDenied
            workflow = WORKFLOW_PAGE.match(path)
            if workflow and self._partner(request):
                if not _may_edit(request.user, int(workflow[1])):
                    raise PermissionDenied
        return self.get_response(request)

    @staticmethod
    def _partner(request) -> bool:
        """Signed in, and neither staff nor superuser."""
        user = request.user
        return user.is_authenticated and not (user.is_staff or user.is_superuser)
