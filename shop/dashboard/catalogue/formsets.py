"""Oscar's product formsets, limited to the seller's own shop and products."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from oscar.apps.dashboard.catalogue import formsets as oscar_formsets
from oscar.core.loading import get_model

from shop.dashboard.catalogue import forms

Product = get_model("catalogue", "Product")


class StockRecordFormSet(oscar_formsets.StockRecordFormSet):
    form = forms.StockRecordForm

    def __init__(self, product_class, user, *args, **kwargs):
        super().__init__(product_class, user, *args, **kwargs)
        if not user.is_staff:
            # One stock record per product: the seller's own.
            self.max_num = 1
            self.validate_max = True
            if self.get_queryset().exists():
                self.extra = 0

    def clean(self):
        if any(self.errors):
            return
        super().clean()
        if not self.user.is_staff:
            kept = [
                form
                for form in self.forms
                if (form.instance.pk or form.has_changed())
                and not self._should_delete_form(form)
            ]
            if not kept:
                raise ValidationError(_("Enter a price for your product."))


class ProductImageFormSet(oscar_formsets.ProductImageFormSet):
    form = forms.ProductImageForm


class ProductRecommendationFormSet(oscar_formsets.ProductRecommendationFormSet):
    form = forms.ProductRecommendationForm

    def __init__(self, product_class, user, *args, **kwargs):
        self.user = user
        super().__init__(product_class, user, *args, **kwargs)

    def _construct_form(self, i, **kwargs):
        form = super()._construct_form(i, **kwargs)
        if not self.user.is_staff:
            form.fields["recommendation"].queryset = Product.objects.filter(
                stockrecords__partner__users=self.user
            ).distinct()
        return form
