"""Public pages: the directory's context, and accepting an invitation."""

from urllib.parse import urlencode

from django.contrib import messages
from django.core.paginator import Paginator
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views import View

from organisations.forms import DirectoryFilterForm
from organisations.selectors import DirectoryFilters, directory_organisations
from organisations.services import (
    InvitationRefused,
    invitation_accept,
    invitation_check,
    invitation_for_token,
)

PER_PAGE = 24


def directory_context(request, page) -> dict:
    form = DirectoryFilterForm(request.GET or None)
    values = form.cleaned_or_empty() if form.is_bound else {}
    filters = DirectoryFilters(
        region=values.get("region") or "", kind=values.get("kind") or ""
    )
    paginator = Paginator(directory_organisations(page, filters), PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    return {
        "filter_form": form,
        "organisations": page_obj.object_list,
        "page_obj": page_obj,
        "count": paginator.count,
        "filtered": bool(filters.region or filters.kind),
        "querystring": query.urlencode(),
    }


def _admin_url(invitation, language: str) -> str:
    """The admin's page of the organisation, in the person's language when it
    has that translation: where an editor starts."""
    organisation = invitation.organisation
    for page in (
        type(organisation)
        .objects.filter(
            translation_key=organisation.translation_key,
            locale__language_code=language,
        )
        .only("pk")
    ):
        return reverse("wagtailadmin_explore", args=[page.pk])
    return reverse("wagtailadmin_explore", args=[organisation.pk])


class InvitationView(View):
    """GET: what the invitation is for, and how to sign in to accept it.
    POST: accept it (signed in, with the invited address verified)."""

    template_name = "organisations/invitation.html"

    def _render(self, request, context, status=200):
        return TemplateResponse(request, self.template_name, context, status=status)

    def get(self, request, token):
        invitation = invitation_for_token(token)
        here = request.get_full_path()
        context = {
            "invitation": invitation,
            "login_url": f"{reverse('account_login')}?{urlencode({'next': here})}",
            "signup_url": f"{reverse('account_signup')}?{urlencode({'next': here})}",
        }
        user = request.user if request.user.is_authenticated else None
        try:
            invitation_check(invitation, user)
        except InvitationRefused as refused:
            context["refusal"] = refused.messages[0]
            return self._render(request, context, status=404 if not invitation else 200)
        if invitation.accepted_at is not None:
            return redirect(_admin_url(invitation, request.LANGUAGE_CODE))
        return self._render(request, context)

    def post(self, request, token):
        if not request.user.is_authenticated:
            return redirect(
                f"{reverse('account_login')}?{urlencode({'next': request.path})}"
            )
        try:
            invitation = invitation_accept(token=token, user=request.user)
        except InvitationRefused as refused:
            return self._render(
                request,
                {
                    "invitation": invitation_for_token(token),
                    "refusal": refused.messages[0],
                },
                status=400,
            )
        messages.success(
            request,
            _("Welcome! You can now publish for %(organisation)s.")
            % {"organisation": invitation.organisation.localized.title},
        )
        return redirect(_admin_url(invitation, request.LANGUAGE_CODE))
