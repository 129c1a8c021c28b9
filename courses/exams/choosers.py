"""A searchable learner chooser for exam grants: a <select> of every account
would not load with thousands of users."""

from django import forms
from django.contrib.auth import get_user_model
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.choosers import BaseFilterForm
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.chooser import ChooseResultsView, ChooseView
from wagtail.admin.viewsets.chooser import ChooserViewSet

from rumbo.choosers import TamperProofChooser


class LearnerFilterForm(BaseFilterForm):
    q = forms.CharField(
        label=_("Name or email"),
        required=False,
        widget=forms.TextInput(attrs={"placeholder": _("Name or email")}),
    )

    def filter(self, objects):
        objects = super().filter(objects)
        query = (self.cleaned_data.get("q") or "").strip()
        if query:
            objects = objects.filter(
                Q(email__icontains=query) | Q(display_name__icontains=query)
            )
            self.is_searching = True
            self.search_query = query
        return objects


class LearnerListMixin:
    filter_form_class = LearnerFilterForm
    ordering = ["display_name", "email"]

    @property
    def title_column(self):
        column = super().title_column
        column.label = _("Name")
        return column

    @property
    def columns(self):
        return [*super().columns, Column("email", label=_("Email"))]


class LearnerChooseView(LearnerListMixin, ChooseView):
    pass


class LearnerChooseResultsView(LearnerListMixin, ChooseResultsView):
    pass


class LearnerChooserViewSet(ChooserViewSet):
    model = get_user_model()
    icon = "user"
    choose_one_text = _("Choose a learner")
    choose_another_text = _("Choose another learner")
    choose_view_class = LearnerChooseView
    choose_results_view_class = LearnerChooseResultsView
    per_page = 20
    base_widget_class = TamperProofChooser
    # Only this form uses it: other user fields in the admin keep their widgets.
    register_widget = False

    def get_object_list(self):
        return self.model.objects.filter(is_active=True).only(
            "pk", "email", "display_name"
        )


learner_chooser_viewset = LearnerChooserViewSet("learner_chooser")
