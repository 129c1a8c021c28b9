"""Oscar's catalogue dashboard with staff product review.

Oscar's apps.py loads these with get_class (the dashboard app is forked).
"""

from django.contrib import messages
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from oscar.apps.dashboard.catalogue import views as oscar_views
from oscar.core.loading import get_model
from oscar.views.generic import BulkAction

from shop.dashboard.labels import product_class_label
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
    def get_actions(self):
        return {
            "approve_products": ApproveProductsAction(),
            "reject_products": RejectProductsAction(),
            **super().get_actions(),
        }

    def apply_search(self, queryset):
        queryset = super().apply_search(queryset)
        if self.form.is_valid() and self.form.cleaned_data.get("review_status"):
            queryset = queryset.filter(
                review_status=self.form.cleaned_data["review_status"]
            )
        return queryset


class ProductCreateUpdateView(oscar_views.ProductCreateUpdateView):
    def post(self, request, *args, **kwargs):
        # Oscar saves a new product before its stock records and images; in
        # one transaction a failed formset leaves nothing half-saved.
        with transaction.atomic():
            return super().post(request, *args, **kwargs)

    def get_page_title(self):
        if self.creating and self.parent is None:
            return _("Create new %(product_class)s product") % {
                "product_class": product_class_label(self.product_class)
            }
        return super().get_page_title()


def _whole(value, default: int, low: int, high: int) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return default
    return min(max(number, low), high)


class ProductLookupView(oscar_views.ProductLookupView):
    """The product pop-up's search (JSON): odd paging or ids give results, not a 500."""

    def get_args(self):
        query = self.request.GET
        return (
            query.get("initial", None),
            query.get("q", None),
            _whole(query.get("page"), 1, 1, 10_000),
            _whole(query.get("page_limit"), 20, 1, 100),
        )

    def initial_filter(self, qs, value):
        ids = [part for part in value.split(",") if part.strip().isdigit()]
        return qs.filter(pk__in=ids)
