"""Forms of the workspace's "Products and services": the list's filters and the
one short product form (words, type, category, price with VAT, stock, photos).

Descriptions are typed as plain text with a little formatting (a blank line
between paragraphs, "- " for list items, **bold**) and stored as sanitised HTML,
which is what Oscar's product pages render.
"""

from __future__ import annotations

import re
from decimal import Decimal
from html import escape
from html.parser import HTMLParser

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model

from shop.marketplace import vat
from shop.sellers.html import html_sanitise
from shop.sellers.images import image_clean
from shop.sellers.products import (
    CAPTION_MAX,
    MAX_IMAGES,
    MAX_PRICE,
    MAX_STOCK,
    TITLE_MAX,
    Kind,
    Order,
    ProductData,
    Status,
    StockLevel,
    product_kind,
)

Category = get_model("catalogue", "Category")

PRICE_ERROR = _("Enter a price from 0 to 99,999.99 euros.")
PRICE_FORMAT_ERROR = _("Enter the price as a number, like 12.50 or 12,50.")
STOCK_ERROR = _("Enter a quantity from 0 to 100,000.")
DESCRIPTION_MAX = 5000
SEARCH_MAX = 100

# --- descriptions: light text <-> the sanitised HTML Oscar stores -------------

_BULLET = re.compile(r"^[-*•]\s+")
_NUMBERED = re.compile(r"^\d{1,3}[.)]\s+")
_BOLD = re.compile(r"\*\*(.+?)\*\*")


def _inline(line: str) -> str:
    return _BOLD.sub(r"<strong>\1</strong>", escape(line, quote=False))


def text_normalise(text: str | None) -> str:
    text = (text or "").replace("\r\n", "\n").replace("\r", "\n")
    lines = [line.rstrip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def text_to_html(text: str | None) -> str:
    """Paragraphs, line breaks, "- " and "1. " lists and **bold**, as safe HTML."""
    html = []
    for block in re.split(r"\n\s*\n", text_normalise(text)):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if all(_BULLET.match(line) for line in lines):
            items = "".join(
                f"<li>{_inline(_BULLET.sub('', line))}</li>" for line in lines
            )
            html.append(f"<ul>{items}</ul>")
        elif all(_NUMBERED.match(line) for line in lines):
            items = "".join(
                f"<li>{_inline(_NUMBERED.sub('', line))}</li>" for line in lines
            )
            html.append(f"<ol>{items}</ol>")
        else:
            html.append("<p>" + "<br>".join(_inline(line) for line in lines) + "</p>")
    return html_sanitise("".join(html))


class _TextWriter(HTMLParser):
    BLOCKS = {"p", "h3", "h4", "ul", "ol", "div"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.lists: list[list] = []

    def _block(self):
        self.out.append("\n\n")

    def handle_starttag(self, tag, attrs):
        if tag in self.BLOCKS and not self.lists:
            self._block()
        if tag in ("ul", "ol"):
            self.lists.append([tag, 0])
        elif tag == "li":
            self.out.append("\n")
            if self.lists and self.lists[-1][0] == "ol":
                self.lists[-1][1] += 1
                self.out.append(f"{self.lists[-1][1]}. ")
            else:
                self.out.append("- ")
        elif tag == "br":
            self.out.append("\n")
        elif tag in ("strong", "b"):
            self.out.append("**")

    def handle_endtag(self, tag):
        if tag in ("ul", "ol") and self.lists:
            self.lists.pop()
            if not self.lists:
                self._block()
        elif tag in ("strong", "b"):
            self.out.append("**")
        elif tag in self.BLOCKS and not self.lists:
            self._block()

    def handle_data(self, data):
        self.out.append(re.sub(r"\s+", " ", data))


def html_to_text(html: str | None) -> str:
    """The light text a seller edits, from a stored (sanitised) description."""
    if not html:
        return ""
    if "<" not in html:
        return text_normalise(html)
    writer = _TextWriter()
    writer.feed(html_sanitise(html))
    writer.close()
    lines = [line.strip() for line in "".join(writer.out).split("\n")]
    return text_normalise("\n".join(lines))


# --- fields --------------------------------------------------------------------


class PriceField(forms.Field):
    """Euros with a comma or a point before the cents, as people type them."""

    def __init__(self, **kwargs):
        kwargs.setdefault(
            "widget",
            forms.TextInput(
                attrs={
                    "inputmode": "decimal",
                    "autocomplete": "off",
                    "size": 10,
                    "maxlength": 20,
                }
            ),
        )
        super().__init__(**kwargs)

    def prepare_value(self, value):
        if isinstance(value, Decimal):
            return number_format(value, 2)
        return value

    def to_python(self, value):
        if value in self.empty_values:
            return None
        text = re.sub(r"\s|€|eur", "", str(value).lower())
        if not text:
            return None
        if text.startswith("-"):
            raise ValidationError(PRICE_ERROR, code="range")
        if not re.fullmatch(r"\d{1,9}([.,]\d{1,2})?", text):
            raise ValidationError(PRICE_FORMAT_ERROR, code="invalid")
        price = Decimal(text.replace(",", "."))
        if not (Decimal("0") <= price <= MAX_PRICE):
            raise ValidationError(PRICE_ERROR, code="range")
        return price.quantize(Decimal("0.01"))


def _quantity_field(label, help_text="", required=False):
    return forms.IntegerField(
        label=label,
        help_text=help_text,
        required=required,
        validators=[
            MinValueValidator(0, message=STOCK_ERROR),
            MaxValueValidator(MAX_STOCK, message=STOCK_ERROR),
        ],
        error_messages={"invalid": STOCK_ERROR},
        widget=forms.NumberInput(
            attrs={"min": 0, "max": MAX_STOCK, "inputmode": "numeric", "size": 8}
        ),
    )


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class PhotosField(forms.FileField):
    """Several photos at once (a phone's gallery picker), each checked."""

    widget = MultipleFileInput

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)

    def clean(self, data, initial=None):
        if not data:
            return []
        files = data if isinstance(data, list | tuple) else [data]
        return [upload for upload in files if upload]


class CategoryField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return "— " * (obj.depth - 1) + obj.name


# --- the product form ------------------------------------------------------------


def _vat_choices(rates: vat.TaxRates) -> list:
    names = [_("standard"), _("reduced"), _("super-reduced")]
    choices = []
    for index, rate in enumerate(rates.all):
        name = _("zero") if rate == 0 else names[min(index, len(names) - 1)]
        value = vat.rate_str(rate)
        choices.append((value, f"{number_format(Decimal(value))} % ({name})"))
    return choices


class ProductForm(forms.Form):
    """Everything a seller gives about a product or service, on one short form."""

    title = forms.CharField(label=_("Title"), max_length=TITLE_MAX)
    kind = forms.ChoiceField(
        label=_("What is it?"), choices=Kind.choices, widget=forms.RadioSelect
    )
    category = CategoryField(
        label=_("Category"), queryset=Category.objects.order_by("path")
    )
    description = forms.CharField(
        label=_("Description"),
        required=False,
        max_length=DESCRIPTION_MAX,
        widget=forms.Textarea(attrs={"rows": 7}),
        help_text=_(
            "Leave a blank line between paragraphs. Start lines with “- ” for a "
            "list. Put **two asterisks** around words to make them bold."
        ),
    )
    price = PriceField(
        label=_("Price in euros, VAT included"),
        required=False,
        help_text=_("What buyers pay. For services on request you may leave it empty."),
    )
    vat_rate = forms.ChoiceField(label=_("VAT rate"))
    num_in_stock = _quantity_field(
        _("How many you have"), _("Products only: services have no stock.")
    )
    low_stock_threshold = _quantity_field(
        _("Low-stock warning at"),
        _(
            "We flag the product when this many or fewer are left. Leave it empty for no warning."
        ),
    )
    photos = PhotosField(label=_("Add photos"))
    form_token = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(
        self,
        *args,
        partner,
        product=None,
        record=None,
        images=(),
        token: str = "",
        **kwargs,
    ):
        self.partner = partner
        self.product = product
        self.images = list(images)
        self.rates = vat.rates_for_region(partner.region)
        initial = kwargs.pop("initial", None) or {}
        if product is not None:
            initial = {**self._initial_from(product, record), **initial}
        else:
            initial = {"kind": Kind.PRODUCT, "form_token": token, **initial}
        super().__init__(*args, initial=initial, **kwargs)
        self.fields["vat_rate"].choices = _vat_choices(self.rates)
        self.fields["vat_rate"].initial = vat.rate_str(self.rates.standard)
        if self.rates.tax == "IGIC":
            self.fields["vat_rate"].label = _("IGIC rate (Canary Islands)")
            self.fields["price"].label = _("Price in euros, IGIC included")
        if not self.fields["category"].queryset.exists():
            self.fields["category"].required = False
        # Formatted here, not at import, so it is in the visitor's language.
        self.fields["photos"].help_text = _(
            "Up to %(max)d photos per product: JPEG, PNG, GIF or WebP, 15 MB each "
            "at most; large photos are made smaller. You can choose several at "
            "once."
        ) % {"max": MAX_IMAGES}
        self.fields["photos"].widget.attrs.update(accept="image/*")
        self.fields["title"].widget.attrs.update(autocomplete="off")
        if product is not None:
            del self.fields["form_token"]
        for number, image in enumerate(self.images, start=1):
            self.fields[f"caption_{image.pk}"] = forms.CharField(
                label=_("Photo %(number)d: description for people who cannot see it")
                % {"number": number},
                required=False,
                max_length=CAPTION_MAX,
                initial=image.caption,
            )

    def _initial_from(self, product, record) -> dict:
        stored = getattr(record, "vat_rate", None)
        rate = stored if stored is not None else self.rates.standard
        values = {
            "title": product.title,
            "kind": product_kind(product),
            "category": product.categories.order_by("path").first(),
            "description": html_to_text(product.description),
            "vat_rate": vat.rate_str(rate),
        }
        if record is not None:
            values.update(
                price=record.price,
                num_in_stock=record.num_in_stock,
                low_stock_threshold=record.low_stock_threshold,
            )
        return values

    def caption_fields(self):
        return [(image, self[f"caption_{image.pk}"]) for image in self.images]

    def clean_title(self):
        title = " ".join(self.cleaned_data["title"].split())
        if not title:
            raise ValidationError(_("Give it a title."))
        return title

    def clean_vat_rate(self):
        rate = Decimal(self.cleaned_data["vat_rate"])
        return None if rate == self.rates.standard else rate

    def clean_form_token(self):
        token = self.cleaned_data.get("form_token") or ""
        if not re.fullmatch(r"[0-9a-f]{32}", token):
            raise ValidationError(
                _("This form is out of date. Please open it again and resubmit.")
            )
        return token

    def clean_photos(self):
        files = self.cleaned_data.get("photos") or []
        room = MAX_IMAGES - len(self.images)
        if len(files) > room:
            raise ValidationError(
                _(
                    "A product can have up to %(max)d photos. It has %(count)d, so "
                    "you can add %(left)d more; you chose %(adding)d."
                )
                % {
                    "max": MAX_IMAGES,
                    "count": len(self.images),
                    "left": max(room, 0),
                    "adding": len(files),
                }
            )
        cleaned, errors = [], []
        for upload in files:
            try:
                cleaned.append(image_clean(upload))
            except ValidationError as exc:
                name = (getattr(upload, "name", "") or "")[:80]
                errors.extend(f"{name}: {message}" for message in exc.messages)
        if errors:
            raise ValidationError(errors)
        return cleaned

    def clean(self):
        data = super().clean()
        if "form_token" in self.errors:
            self.add_error(None, self.errors.pop("form_token"))
        kind = data.get("kind")
        if kind == Kind.PRODUCT and data.get("num_in_stock") is None:
            if "num_in_stock" not in self.errors:
                self.add_error(
                    "num_in_stock", _("Enter how many you have (0 if none).")
                )
        if kind in (Kind.PRODUCT, Kind.SERVICE) and data.get("price") is None:
            if "price" not in self.errors:
                self.add_error("price", _("Enter a price."))
        if self.errors and data.get("photos") and "photos" not in self.errors:
            # Browsers cannot refill a file input: say so next to it.
            self.add_error(
                "photos", _("Please choose your photos again before saving.")
            )
        return data

    def description_html(self) -> str:
        """The description to store: the old HTML when the text did not change."""
        text = text_normalise(self.cleaned_data.get("description"))
        if self.product is not None and text == html_to_text(self.product.description):
            return self.product.description
        return text_to_html(text)

    def product_data(self) -> ProductData:
        data = self.cleaned_data
        physical = data["kind"] == Kind.PRODUCT
        return ProductData(
            title=data["title"],
            kind=data["kind"],
            description=self.description_html(),
            category=data.get("category"),
            price=data.get("price"),
            vat_rate=data.get("vat_rate"),
            num_in_stock=data.get("num_in_stock") if physical else None,
            low_stock_threshold=data.get("low_stock_threshold") if physical else None,
        )

    def captions(self) -> dict:
        return {
            image.pk: self.cleaned_data.get(f"caption_{image.pk}", "")
            for image in self.images
        }


# --- the list's filters -------------------------------------------------------------


def _all(label):
    return [("", label)]


class ProductFilterForm(forms.Form):
    """Search and filters of the product list (GET). Values the overview links
    to: ?status=pending, ?stock=low, ?stock=out."""

    q = forms.CharField(
        label=_("Search by title"), required=False, max_length=SEARCH_MAX
    )
    status = forms.ChoiceField(
        label=_("Status"), required=False, choices=_all(_("All")) + Status.choices
    )
    kind = forms.ChoiceField(
        label=_("Type"), required=False, choices=_all(_("All")) + Kind.choices
    )
    stock = forms.ChoiceField(
        label=_("Stock"), required=False, choices=_all(_("All")) + StockLevel.choices
    )
    order = forms.ChoiceField(label=_("Sort by"), required=False, choices=Order.choices)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["q"].widget.input_type = "search"

    def filters(self) -> dict:
        """The valid filters; a tampered value is dropped, the rest still apply."""
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return {
            "search": (data.get("q") or "").strip(),
            "status": data.get("status") or "",
            "kind": data.get("kind") or "",
            "stock": data.get("stock") or "",
            "order": data.get("order") or "",
        }


class DeleteForm(forms.Form):
    """Nothing to fill: the confirmation page's button."""
