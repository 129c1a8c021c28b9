"""Staff screens in the Wagtail admin: organisations and their editors,
inviting an editor by email, removing one, withdrawing an invitation."""

from functools import wraps

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin import messages

from organisations.forms import InviteForm
from organisations.models import Invitation, OrganisationPage
from organisations.permissions import can_manage_editors
from organisations.selectors import (
    invitations_pending,
    organisation_editors,
    organisations_for_staff,
)
from organisations.services import (
    editor_remove,
    invitation_create,
    invitation_revoke,
)


def staff_only(view):
    @wraps(view)
    def guarded(request, *args, **kwargs):
        if not can_manage_editors(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return guarded


@staff_only
def editors_index(request):
    organisations = organisations_for_staff(get_language())
    group_ids = [o.editors_id for o in organisations if o.editors_id]
    editors = organisation_editors(group_ids)
    pending = invitations_pending(group_ids)
    rows = [
        {
            "organisation": o,
            "editors": editors.get(o.editors_id, []),
            "pending": pending.get(o.editors_id, []),
        }
        for o in organisations
    ]
    return TemplateResponse(
        request,
        "organisations/admin/index.html",
        {"page_title": _("Organisation editors"), "header_icon": "group", "rows": rows},
    )


@staff_only
def invite(request, page_id: int):
    organisation = get_object_or_404(OrganisationPage, pk=page_id)
    form = InviteForm(
        request.POST or None,
        initial={"language": organisation.locale.language_code},
    )
    status = 200
    if request.method == "POST":
        status = 400
        if form.is_valid():
            try:
                invitation_create(
                    organisation=organisation,
                    email=form.cleaned_data["email"],
                    invited_by=request.user,
                    language=form.cleaned_data["language"],
                )
            except ValidationError as error:
                form.add_error("email", error)
            else:
                messages.success(
                    request,
                    _("An invitation is on its way to %(email)s.")
                    % {"email": form.cleaned_data["email"]},
                )
                return redirect("organisations_admin:index")
    return TemplateResponse(
        request,
        "organisations/admin/invite.html",
        {
            "page_title": _("Invite an editor for %(organisation)s")
            % {"organisation": organisation.title},
            "header_icon": "mail",
            "organisation": organisation,
            "form": form,
        },
        status=status,
    )


@staff_only
@require_POST
def editor_remove_view(request, page_id: int, user_id: int):
    organisation = get_object_or_404(
        OrganisationPage.objects.select_related("editors"), pk=page_id
    )
    person = get_object_or_404(get_user_model(), pk=user_id)
    if editor_remove(organisation=organisation, user=person):
        messages.success(
            request,
            _("%(name)s no longer edits for %(organisation)s.")
            % {"name": person.public_name, "organisation": organisation.title},
        )
    else:
        messages.error(request, _("This person does not edit for this organisation."))
    return redirect("organisations_admin:index")


@staff_only
@require_POST
def invitation_revoke_view(request, pk: int):
    invitation = get_object_or_404(Invitation, pk=pk, accepted_at__isnull=True)
    invitation_revoke(invitation=invitation)
    messages.success(
        request,
        _("The invitation to %(email)s is withdrawn.") % {"email": invitation.email},
    )
    return redirect("organisations_admin:index")
