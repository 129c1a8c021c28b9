"""Staff screens in the Wagtail admin: list, search, correct names and revoke.

Certificates are only ever issued by passing an exam, so there is no add,
copy or delete here; editing is limited to the learner's name and goes through
`certificate_rename`, and revoking has its own form.
"""

from django.contrib.admin.utils import quote
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic.edit import FormView
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import DateColumn, StatusTagColumn
from wagtail.admin.views import generic
from wagtail.admin.views.generic.base import BaseObjectMixin, WagtailAdminTemplateMixin
from wagtail.admin.views.generic.permissions import PermissionCheckedMixin
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import Button

from courses.certificates.forms import RevokeForm
from courses.certificates.models import Certificate
from courses.certificates.services import certificate_rename, certificate_revoke


def _status(certificate: Certificate) -> str:
    return _("Valid") if certificate.is_valid else _("Revoked")


class CertificateIndexView(generic.IndexView):
    revoke_url_name = None

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if instance.is_valid and self.user_has_permission("change"):
            buttons.append(
                MenuItem(
                    _("Revoke"),
                    url=reverse(self.revoke_url_name, args=[quote(instance.pk)]),
                    icon_name="cross",
                    priority=40,
                )
            )
        return buttons


class CertificateEditView(generic.EditView):
    """Staff correct the learner's name; the PDF is issued again, same code."""

    revoke_url_name = None
    success_message = _("The name on certificate %(object)s has been corrected.")

    def get_success_message(self):
        return self.success_message % {"object": self.object.code}

    @cached_property
    def header_more_buttons(self):
        buttons = list(super().header_more_buttons)
        if self.object.is_valid:
            buttons.append(
                Button(
                    _("Revoke"),
                    url=reverse(self.revoke_url_name, args=[quote(self.object.pk)]),
                    icon_name="cross",
                    priority=40,
                )
            )
        return buttons

    def save_instance(self):
        return certificate_rename(
            certificate=self.object,
            new_name=self.form.cleaned_data["learner_name"],
            by=self.request.user,
        )

    def form_valid(self, form):
        try:
            return super().form_valid(form)
        except ValidationError as error:
            form.add_error("learner_name", error)
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)


class CertificateRevokeView(
    PermissionCheckedMixin, BaseObjectMixin, WagtailAdminTemplateMixin, FormView
):
    """Ask for the reason, then revoke through `certificate_revoke`."""

    model = Certificate
    permission_required = "change"
    form_class = RevokeForm
    template_name = "wagtailadmin/generic/form.html"
    page_title = _("Revoke certificate")
    header_icon = "cross"
    index_url_name = None
    edit_url_name = None
    revoke_url_name = None

    def get_page_subtitle(self):
        return str(self.object)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {
                "url": reverse(self.index_url_name),
                "label": Certificate._meta.verbose_name_plural.capitalize(),
            },
            {
                "url": reverse(self.edit_url_name, args=[quote(self.object.pk)]),
                "label": self.object.code,
            },
            {"url": "", "label": self.page_title},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["action_url"] = reverse(
            self.revoke_url_name, args=[quote(self.object.pk)]
        )
        context["submit_button_label"] = _("Revoke")
        context["submit_button_active_label"] = _("Revoking…")
        context["object"] = self.object
        return context

    def form_valid(self, form):
        try:
            certificate_revoke(
                certificate=self.object,
                reason=form.cleaned_data["reason"],
                by=self.request.user,
            )
        except ValidationError as error:
            form.add_error(None if error.code == "already_revoked" else "reason", error)
            return self.form_invalid(form)
        messages.success(
            self.request,
            _("Certificate %(code)s has been revoked.") % {"code": self.object.code},
        )
        return redirect(self.index_url_name)


class CertificateViewSet(ModelViewSet):
    model = Certificate
    # The public pages own the "certificates" namespace; the admin gets its own.
    url_prefix = "certificates"
    url_namespace = "certificates_admin"
    icon = "doc-full"
    menu_label = _("Certificates")
    add_to_admin_menu = True
    menu_order = 310
    copy_view_enabled = False
    index_view_class = CertificateIndexView
    edit_view_class = CertificateEditView
    form_fields = ["learner_name"]
    list_display = [
        "code",
        "learner_name",
        "course_title",
        DateColumn("issued_at", label=_("Issued"), sort_key="issued_at"),
        StatusTagColumn(
            "status",
            label=_("Status"),
            accessor=_status,
            primary=lambda certificate: certificate.is_valid,
        ),
    ]
    search_fields = ["code", "learner_name"]
    search_backend_name = None
    ordering = ["-issued_at"]

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(
            add_url_name=None,
            delete_url_name=None,
            revoke_url_name=self.get_url_name("revoke"),
            **kwargs,
        )

    @property
    def revoke_view(self):
        return self.construct_view(CertificateRevokeView)

    def get_urlpatterns(self):
        urlpatterns = [
            pattern
            for pattern in super().get_urlpatterns()
            if pattern.name not in {"add", "delete"}
        ]
        urlpatterns.append(path("revoke/<int:pk>/", self.revoke_view, name="revoke"))
        return urlpatterns


@hooks.register("register_admin_viewset")
def register_certificate_viewset():
    return CertificateViewSet("certificates")
