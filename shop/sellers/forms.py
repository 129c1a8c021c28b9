"""Forms for opening and running a shop, trader details and inquiries."""

from django import forms
from django.core.files.uploadedfile import UploadedFile
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from shop.sellers.images import image_clean

Partner = get_model("partner", "Partner")

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
            "logo": _("JPEG, PNG or WebP, up to 5 MB."),
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
