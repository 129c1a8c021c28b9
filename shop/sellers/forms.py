"""Forms for opening and running a shop, trader details and inquiries."""

from decimal import Decimal

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from shop.partner.models import MAX_PRICE
from shop.sellers.images import image_clean

Partner = get_model("partner", "Partner")

SHIPPING_RATE_MAX = Decimal("500")

SPOKEN_LANGUAGES = [
    ("es", _("Spanish")),
    ("pt", _("Portuguese")),
    ("en", _("English")),
    ("fr", _("French")),
    ("de", _("German")),
    ("it", _("Italian")),
    ("ar", _("Arabic")),
    ("ro", _("Romanian")),
    ("uk", _("Ukrainian")),
    ("ru", _("Russian")),
    ("zh", _("Chinese")),
    ("wo", _("Wolof")),
]
LANGUAGE_NAMES = dict(SPOKEN_LANGUAGES)


def language_names(codes) -> list:
    return [str(LANGUAGE_NAMES.get(code, code)) for code in codes or []]


class ShopAboutForm(forms.ModelForm):
    """Step 1: what the shop is called and what it sells."""

    class Meta:
        model = Partner
        fields = ["name", "offer", "description", "logo"]
        labels = {"name": _("Shop name")}
        help_texts = {
            "offer": _("In a few words, e.g. “Handmade ceramics” or “Bookkeeping”."),
            "logo": _("JPEG, PNG or WebP, up to 15 MB."),
        }
        widgets = {"description": forms.Textarea(attrs={"rows": 6})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].required = True
        self.fields["offer"].required = True
        self.fields["name"].max_length = 128

    def clean_logo(self):
        logo = self.cleaned_data.get("logo")
        if isinstance(logo, UploadedFile):
            return image_clean(logo)
        return logo


class ShopPlaceForm(forms.ModelForm):
    """Step 2: where the shop is and which languages its people speak."""

    languages = forms.MultipleChoiceField(
        label=_("Languages you speak with buyers"),
        choices=SPOKEN_LANGUAGES,
        widget=forms.CheckboxSelectMultiple,
    )

    class Meta:
        model = Partner
        fields = ["city", "region", "languages"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["city"].required = True
        self.fields["region"].required = True


class ShopContactForm(forms.ModelForm):
    """Step 3: how buyers may reach the shop (shown on the storefront)."""

    class Meta:
        model = Partner
        fields = ["public_email", "public_phone"]
        help_texts = {
            "public_email": _("Shown on your shop's page. Leave empty to hide."),
            "public_phone": _("Shown on your shop's page. Leave empty to hide."),
        }


SHOP_STEPS = {
    "about": (ShopAboutForm, _("About your shop")),
    "place": (ShopPlaceForm, _("Where you are")),
    "contact": (ShopContactForm, _("Contact details for buyers")),
}


class TraderForm(forms.ModelForm):
    """Trader details the EU Digital Services Act (art. 30) asks us to collect."""

    class Meta:
        model = Partner
        fields = [
            "trader_legal_name",
            "trader_address",
            "trader_phone",
            "trader_email",
            "trader_registration",
            "trader_compliance",
        ]
        widgets = {"trader_address": forms.Textarea(attrs={"rows": 3})}
        help_texts = {
            "trader_legal_name": _(
                "Your full name, or your company's registered name. Buyers see it."
            ),
            "trader_address": _("Buyers see this address on your shop's page."),
            "trader_registration": _("NIF/NIE, NIF (Portugal) or company number."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in self.fields:
            self.fields[name].required = True


class MemberAddForm(forms.Form):
    email = forms.EmailField(
        label=_("Email of the person to add"),
        help_text=_("They need a Rumbo account already."),
    )


class TraderReviewForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[("approve", _("Approve")), ("reject", _("Ask for changes"))],
        widget=forms.RadioSelect,
    )
    note = forms.CharField(
        label=_("Note to the seller"),
        max_length=300,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required when asking for changes. Emailed to the seller."),
    )
    products_need_approval = forms.BooleanField(
        label=_("New products of this shop wait for approval"), required=False
    )

    def clean(self):
        data = super().clean()
        if data.get("decision") == "reject" and not (data.get("note") or "").strip():
            self.add_error("note", _("Tell the seller what to change."))
        return data


class InquiryForm(forms.Form):
    buyer_name = forms.CharField(label=_("Your name"), max_length=100)
    buyer_email = forms.EmailField(
        label=_("Your email"),
        help_text=_("The seller does not see it: their answer reaches you by email."),
    )
    message = forms.CharField(
        label=_("Your question"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    # A field people do not see; bots fill it in.
    website = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        if getattr(user, "is_authenticated", False):
            self.fields["buyer_name"].initial = user.public_name
            self.fields["buyer_email"].initial = user.email


class ReplyForm(forms.Form):
    message = forms.CharField(
        label=_("Your reply"),
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 5}),
    )


class ShopSettingsForm(forms.ModelForm):
    """Shipping and holiday mode, in the workspace's shop settings."""

    class Meta:
        model = Partner
        fields = [
            "shipping_flat_rate",
            "free_shipping_over",
            "on_holiday",
            "holiday_message",
        ]
        labels = {
            "shipping_flat_rate": _("Shipping per order (€)"),
            "free_shipping_over": _("Free shipping from (€)"),
            "on_holiday": _("On holiday: pause sales"),
            "holiday_message": _("Message to buyers"),
        }
        help_texts = {
            "shipping_flat_rate": _(
                "What a buyer pays for shipping on an order with physical "
                "products from your shop. Services never pay shipping."
            ),
            "free_shipping_over": _(
                "When a buyer's subtotal with your shop reaches this amount, "
                "shipping is free. Leave empty if it never is."
            ),
            "on_holiday": _(
                "Your shop's page stays visible with your message, but nobody "
                "can buy your products until you turn this off."
            ),
            "holiday_message": _(
                "For example “Back on 1 September: orders ship from then.”"
            ),
        }
        widgets = {
            "shipping_flat_rate": forms.NumberInput(
                attrs={"step": "0.01", "min": "0", "max": "500", "inputmode": "decimal"}
            ),
            "free_shipping_over": forms.NumberInput(
                attrs={"step": "0.01", "min": "0", "inputmode": "decimal"}
            ),
            "holiday_message": forms.Textarea(attrs={"rows": 3, "maxlength": 300}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["shipping_flat_rate"].required = True

    def clean_shipping_flat_rate(self):
        rate = self.cleaned_data["shipping_flat_rate"]
        if rate is not None and rate < 0:
            raise forms.ValidationError(_("Shipping cannot cost less than nothing."))
        if rate is not None and rate > SHIPPING_RATE_MAX:
            raise forms.ValidationError(
                _("Shipping can be at most %(max)s €. Check the amount.")
                % {"max": SHIPPING_RATE_MAX}
            )
        return rate

    def clean_free_shipping_over(self):
        threshold = self.cleaned_data["free_shipping_over"]
        if threshold is not None and threshold < 0:
            raise forms.ValidationError(
                _("Leave it empty, or give an amount of 0 € or more.")
            )
        if threshold is not None and threshold > MAX_PRICE:
            raise forms.ValidationError(
                _("That is more than %(max)s €. Check the amount, or leave it empty.")
                % {"max": MAX_PRICE}
            )
        return threshold

    def clean_holiday_message(self):
        return (self.cleaned_data.get("holiday_message") or "").strip()


PERIODS = [
    ("7", _("Last 7 days")),
    ("30", _("Last 30 days")),
    ("90", _("Last 90 days")),
    ("year", _("This year")),
    ("dates", _("Between the dates below")),
]
# Dates outside these years are typing mistakes, not periods anyone sells in.
FIRST_YEAR, LAST_YEAR = 2000, 2100


class PeriodForm(forms.Form):
    """The overview's period: a preset, or from/to dates (which win when given)."""

    period = forms.ChoiceField(label=_("Period"), choices=PERIODS, required=False)
    date_from = forms.DateField(
        label=_("From"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    date_to = forms.DateField(
        label=_("To"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )

    def _clean_date(self, name):
        value = self.cleaned_data.get(name)
        if value is not None and not FIRST_YEAR <= value.year <= LAST_YEAR:
            raise forms.ValidationError(
                _("Choose a date between %(first)s and %(last)s.")
                % {"first": FIRST_YEAR, "last": LAST_YEAR}
            )
        return value

    def clean_date_from(self):
        return self._clean_date("date_from")

    def clean_date_to(self):
        return self._clean_date("date_to")

    def clean(self):
        data = super().clean()
        start, end = data.get("date_from"), data.get("date_to")
        if start and end and start > end:
            self.add_error("date_to", _("The end date is before the start date."))
        return data


class InquiryFilterForm(forms.Form):
    waiting = forms.BooleanField(
        label=_("Only those waiting for your answer"), required=False
    )
