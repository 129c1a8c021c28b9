"""Oscar's dashboard catalogue forms, with prices, stock, images and
descriptions validated, the review status editable, and product types named in
the reader's language."""

from decimal import Decimal

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.translation import gettext_lazy as _
from oscar.apps.dashboard.catalogue import forms as oscar_forms
from oscar.core.loading import get_model

from shop.dashboard.labels import product_class_label
from shop.sellers.html import html_sanitise
from shop.sellers.images import image_clean

Product = get_model("catalogue", "Product")

MAX_PRICE = Decimal("100000")
MAX_STOCK = 100000
PRICE_ERROR = _("Enter a price from 0 to 99,999.99 euros.")
STOCK_ERROR = _("Enter a quantity from 0 to 100,000.")


def _price_validators():
    return [
        MinValueValidator(Decimal("0"), message=PRICE_ERROR),
        MaxValueValidator(MAX_PRICE - Decimal("0.01"), message=PRICE_ERROR),
    ]


def _stock_validators():
    return [
        MinValueValidator(0, message=STOCK_ERROR),
        MaxValueValidator(MAX_STOCK, message=STOCK_ERROR),
    ]


class ProductClassChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return product_class_label(obj)


class ProductClassSelectForm(oscar_forms.ProductClassSelectForm):
    product_class = ProductClassChoiceField(
        label=_("Create a new product of type"),
        empty_label=_("-- Choose type --"),
        queryset=oscar_forms.ProductClass.objects.all(),
    )


class ProductSearchForm(oscar_forms.ProductSearchForm):
    review_status = forms.ChoiceField(
        label=_("Review"),
        required=False,
        choices=[("", _("All")), *Product.Review.choices],
    )


class StockRecordForm(oscar_forms.StockRecordForm):
    def __init__(self, product_class, user, *args, **kwargs):
        super().__init__(product_class, user, *args, **kwargs)
        if "price" in self.fields:
            self.fields["price"].validators += _price_validators()
            self.fields["price"].widget.attrs.update(min="0", max="99999.99")
        for name in ("num_in_stock", "low_stock_threshold"):
            if name in self.fields:
                self.fields[name].validators += _stock_validators()
                self.fields[name].widget.attrs.update(min="0", max=str(MAX_STOCK))


class ProductForm(oscar_forms.ProductForm):
    class Meta(oscar_forms.ProductForm.Meta):
        fields = [*oscar_forms.ProductForm.Meta.fields, "inquiry_only", "review_status"]

    def clean_description(self):
        return html_sanitise(self.cleaned_data.get("description"))


class ProductImageForm(oscar_forms.ProductImageForm):
    def clean_original(self):
        original = self.cleaned_data.get("original")
        if isinstance(original, UploadedFile):
            return image_clean(original)
        return original


CHANGE_ERROR = _("Enter a change from -99,999.99 to 99,999.99 euros.")
PERCENT_ERROR = _("Enter a percentage from -100 to 1,000.")


class SetProductPriceForm(oscar_forms.SetProductPriceForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if name == "new_price" or name.startswith("price_"):
                field.validators += _price_validators()
        # Unbounded, a huge increase overflowed the price column (a 500); what
        # passes is capped after the update (bulk_actions.SetProductPriceAction).
        self.fields["increase_by_amount"].validators += [
            MinValueValidator(-MAX_PRICE + Decimal("0.01"), message=CHANGE_ERROR),
            MaxValueValidator(MAX_PRICE - Decimal("0.01"), message=CHANGE_ERROR),
        ]
        self.fields["increase_by_percentage"].validators += [
            MinValueValidator(Decimal("-100"), message=PERCENT_ERROR),
            MaxValueValidator(Decimal("1000"), message=PERCENT_ERROR),
        ]
