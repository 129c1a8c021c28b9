"""Oscar's dashboard catalogue forms, restricted for sellers and validated.

Sellers (non-staff users with partner.dashboard_access) never choose the
partner, currency, visibility or review status: their own shop, EUR, and the
review rules decide. Prices, stock, images and descriptions are validated for
everyone.
"""

from decimal import Decimal

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.translation import gettext_lazy as _
from oscar.apps.dashboard.catalogue import forms as oscar_forms
from oscar.core.loading import get_model

from shop.sellers import services
from shop.sellers.html import html_sanitise
from shop.sellers.images import image_clean

Product = get_model("catalogue", "Product")

MAX_PRICE = Decimal("100000")
MAX_STOCK = 100000
PRICE_ERROR = _("Enter a price from 0 to 99,999.99 euros.")
STOCK_ERROR = _("Enter a quantity from 0 to 100,000.")


def is_seller(user) -> bool:
    return user is not None and not user.is_staff


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
        if is_seller(user):
            # The seller's one shop and euros, whatever is posted.
            own = user.partners.first()
            self.fields["partner"].disabled = True
            self.fields["partner"].queryset = user.partners.all()
            self.initial["partner"] = own.pk if own else None
            if own is not None and self.instance.partner_id is None:
                self.instance.partner = own
            self.fields["price_currency"].disabled = True
            self.initial["price_currency"] = "EUR"
            self.fields["partner_sku"].required = False
            self.fields["partner_sku"].help_text = _("Your own code; optional.")

    def clean_partner_sku(self):
        sku = (self.cleaned_data.get("partner_sku") or "").strip()
        if not sku and is_seller(self.user):
            import secrets

            sku = f"R-{secrets.token_hex(5)}"
        return sku

    def clean_price_currency(self):
        if is_seller(self.user):
            return "EUR"
        return self.cleaned_data.get("price_currency")


class ProductForm(oscar_forms.ProductForm):
    SELLER_HIDDEN = ("is_public", "review_status")

    class Meta(oscar_forms.ProductForm.Meta):
        fields = [*oscar_forms.ProductForm.Meta.fields, "inquiry_only", "review_status"]

    def __init__(self, product_class, *args, user=None, **kwargs):
        self.user = user
        super().__init__(product_class, *args, **kwargs)
        if is_seller(user):
            for name in self.SELLER_HIDDEN:
                self.fields.pop(name, None)
            if "structure" in self.fields:
                # Sellers make standalone products only (variants are for staff).
                self.fields["structure"].disabled = True
                if self.instance.pk is None and not self.instance.parent_id:
                    self.initial["structure"] = Product.STANDALONE

    def clean_description(self):
        return html_sanitise(self.cleaned_data.get("description"))

    def needs_approval(self) -> bool:
        partner = self.user.partners.first() if self.user else None
        return partner is None or partner.products_need_approval

    def save(self, *args, **kwargs):
        product = self.instance
        was_pending = product.review_status == Product.Review.PENDING
        if is_seller(self.user):
            creating = product.pk is None
            if creating:
                if self.needs_approval():
                    product.review_status = Product.Review.PENDING
                    product.is_public = False
                else:
                    product.review_status = Product.Review.APPROVED
                    product.is_public = True
            elif (
                self.needs_approval()
                and product.review_status != Product.Review.PENDING
                and {"title", "description"} & set(self.changed_data)
            ):
                # Changed words are checked again before buyers see them.
                product.review_status = Product.Review.PENDING
                product.is_public = False
        saved = super().save(*args, **kwargs)
        if (
            is_seller(self.user)
            and product.review_status == Product.Review.PENDING
            and not was_pending
        ):
            partner = self.user.partners.first()
            if partner is not None:
                services.products_review_requested(partner=partner)
        return saved


class ProductImageForm(oscar_forms.ProductImageForm):
    def clean_original(self):
        original = self.cleaned_data.get("original")
        if isinstance(original, UploadedFile):
            return image_clean(original)
        return original


class ProductRecommendationForm(oscar_forms.ProductRecommendationForm):
    pass


class SetProductPriceForm(oscar_forms.SetProductPriceForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if name == "new_price" or name.startswith("price_"):
                field.validators += _price_validators()
