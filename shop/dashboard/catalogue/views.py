"""Oscar's catalogue dashboard with sellers' limits and staff product review.

Oscar's get_class resolves "dashboard.catalogue.*" through the `dashboard` app,
which is not forked, so apps.py plugs these views in explicitly.
"""

from django.contrib import messages
from django.db import transaction
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from oscar.apps.dashboard.catalogue import views as oscar_views
from oscar.core.loading import get_model
from oscar.views.generic import BulkAction

from shop.dashboard.catalogue import forms, formsets
from shop.dashboard.catalogue.bulk_actions import INTERMEDIATE_ACTIONS
from shop.sellers import services

Product = get_model("catalogue", "Product")


class ReviewAction(BulkAction):
    approve = True

    def execute(self, request, objects):
        count = services.products_review(
            products=Product.objects.filter(pk__in=objects.values("pk")),
            by=request.user,
            approve=self.approve,
        )
        if self.approve:
            text = ngettext(
                "%(count)d product approved and made public.",
                "%(count)d products approved and made public.",
                count,
            )
        else:
            text = ngettext(
                "%(count)d product rejected and hidden.",
                "%(count)d products rejected and hidden.",
                count,
            )
        messages.success(request, text % {"count": count})


class ApproveProductsAction(ReviewAction):
    label = _("Approve products (and make public)")
    approve = True


class RejectProductsAction(ReviewAction):
    label = _("Reject products (and hide)")
    approve = False


class ProductListView(oscar_views.ProductListView):
    form_class = forms.ProductSearchForm
    intermediate_actions = INTERMEDIATE_ACTIONS

    def get_actions(self):
        actions = super().get_actions()
        if self.request.user.is_staff:
            actions = {
                "approve_products": ApproveProductsAction(),
                "reject_products": RejectProductsAction(),
                **actions,
            }
        return actions

    def apply_search(self, queryset):
        queryset = super().apply_search(queryset)
        if self.form.is_valid() and self.form.cleaned_data.get("review_status"):
            queryset = queryset.filter(
                review_status=self.form.cleaned_data["review_status"]
            )
        return queryset


class ProductBulkActionConfirmView(oscar_views.ProductBulkActionConfirmView):
    intermediate_actions = INTERMEDIATE_ACTIONS


class ProductCreateUpdateView(oscar_views.ProductCreateUpdateView):
    form_class = forms.ProductForm
    image_formset = formsets.ProductImageFormSet
    recommendations_formset = formsets.ProductRecommendationFormSet
    stockrecord_formset = formsets.StockRecordFormSet

    def get_form_kwargs(self):
        kwargs = super().get_form_kwargs()
        kwargs["user"] = self.request.user
        return kwargs

    def post(self, request, *args, **kwargs):
        # Oscar saves the product before its stock records and images; in one
        # transaction a failed formset leaves nothing half-saved, and the
        # reviewers' email (on commit) sees the product with its shop.
        with transaction.atomic():
            return super().post(request, *args, **kwargs)


class ProductLookupView(oscar_views.ProductLookupView):
    def get_queryset(self):
        queryset = super().get_queryset()
        if not self.request.user.is_staff:
            queryset = queryset.filter(
                Q(stockrecords__partner__users=self.request.user)
                | Q(children__stockrecords__partner__users=self.request.user)
            ).distinct()
        return queryset
