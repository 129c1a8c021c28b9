import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.mixins import LoginRequiredMixin
from django.contrib.messages.views import SuccessMessageMixin
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse_lazy
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views import View
from django.views.generic import FormView, TemplateView, UpdateView

from users.forms import AccountDeleteForm, ProfileForm
from users.hooks import account_panels
from users.services import user_data_export, user_delete


class AccountHomeView(LoginRequiredMixin, TemplateView):
    """The account area: profile, a panel per part of the platform (users.hooks),
    the newsletter and your data."""

    template_name = "users/account_home.html"

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            "panels": account_panels(self.request),
        }


class ProfileUpdateView(LoginRequiredMixin, SuccessMessageMixin, UpdateView):
    form_class = ProfileForm
    template_name = "users/profile_form.html"
    success_url = reverse_lazy("account_home")
    success_message = _("Your profile has been saved.")

    def get_object(self, queryset=None):
        return self.request.user


class DataExportView(LoginRequiredMixin, View):
    """Download everything we hold about you, as a JSON file."""

    def get(self, request):
        data = user_data_export(user=request.user)
        filename = f"rumbo-data-{timezone.localdate():%Y-%m-%d}.json"
        response = HttpResponse(
            json.dumps(data, indent=2, ensure_ascii=False),
            content_type="application/json; charset=utf-8",
        )
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response


class AccountDeleteView(LoginRequiredMixin, FormView):
    form_class = AccountDeleteForm
    template_name = "users/account_delete.html"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def form_valid(self, form):
        user_delete(user=self.request.user)
        logout(self.request)
        messages.success(self.request, _("Your account has been deleted. Goodbye!"))
        return redirect("wagtail_serve", "")
