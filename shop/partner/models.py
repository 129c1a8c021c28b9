"""Sellers' shops: Oscar's partner with a storefront, trader details and shipping."""

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from oscar.apps.partner.abstract_models import AbstractPartner, AbstractStockRecord

from rumbo.regions import Region

MAX_PRICE = Decimal("100000")


class Partner(AbstractPartner):
    """A seller's shop. Oscar's ``code`` is the storefront slug."""

    class TraderStatus(models.TextChoices):
        MISSING = "missing", _("Not given yet")
        PENDING = "pending", _("Waiting for review")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Needs changes")

    Region = Region

    description = models.TextField(_("description"), max_length=3000, blank=True)
    logo = models.ImageField(_("logo"), upload_to="shops/", blank=True)
    city = models.CharField(_("town or city"), max_length=80, blank=True)
    region = models.CharField(
        _("region"), max_length=20, choices=Region.choices, blank=True
    )
    languages = models.JSONField(_("languages spoken"), default=list, blank=True)
    public_email = models.EmailField(_("contact email shown to buyers"), blank=True)
    public_phone = models.CharField(
        _("contact phone shown to buyers"), max_length=30, blank=True
    )
    offer = models.CharField(_("what you sell"), max_length=200, blank=True)
    shipping_flat_rate = models.DecimalField(
        _("shipping per order (EUR)"),
        max_digits=7,
        decimal_places=2,
        default=Decimal("4.90"),
        validators=[MinValueValidator(0), MaxValueValidator(500)],
    )
    free_shipping_over = models.DecimalField(
        _("free shipping from (EUR)"),
        max_digits=9,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(MAX_PRICE)],
        help_text=_("Leave empty if shipping is never free."),
    )

    # Trader information (EU Digital Services Act, Article 30).
    trader_legal_name = models.CharField(_("legal name"), max_length=200, blank=True)
    trader_address = models.TextField(_("legal address"), max_length=500, blank=True)
    trader_phone = models.CharField(_("phone"), max_length=30, blank=True)
    trader_email = models.EmailField(_("email"), blank=True)
    trader_registration = models.CharField(
        _("ID or company registration number"), max_length=60, blank=True
    )
    trader_compliance = models.BooleanField(
        _("I certify that I offer only products and services that comply with EU law"),
        default=False,
    )
    trader_status = models.CharField(
        _("trader review"),
        max_length=10,
        choices=TraderStatus.choices,
        default=TraderStatus.MISSING,
    )
    trader_submitted_at = models.DateTimeField(null=True, blank=True)
    trader_reviewed_at = models.DateTimeField(null=True, blank=True)
    trader_review_note = models.CharField(
        _("note to the seller"), max_length=300, blank=True
    )
    products_need_approval = models.BooleanField(
        _("new products wait for staff approval"), default=True
    )
    # Holiday mode: the storefront stays up with the message, but nothing sells.
    on_holiday = models.BooleanField(_("on holiday (sales paused)"), default=False)
    holiday_message = models.CharField(
        _("message to buyers while on holiday"), max_length=300, blank=True
    )
    created_at = models.DateTimeField(auto_now_add=True, null=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    @property
    def can_sell(self) -> bool:
        return self.trader_status == self.TraderStatus.APPROVED

    def get_absolute_url(self):
        from django.urls import reverse

        return reverse("shop:storefront", kwargs={"slug": self.code})


class StockRecord(AbstractStockRecord):
    # Prices are typed including VAT; the rate (a percentage of the seller's
    # country, see shop.marketplace.vat) only splits them into net + VAT for display.
    vat_rate = models.DecimalField(
        _("VAT rate (%)"),
        max_digits=4,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(30)],
    )

    class Meta(AbstractStockRecord.Meta):
        constraints = [
            # The last line of defence against overselling.
            models.CheckConstraint(
                condition=models.Q(num_allocated__isnull=True)
                | models.Q(num_in_stock__isnull=True)
                | models.Q(num_allocated__lte=models.F("num_in_stock")),
                name="partner_stockrecord_allocated_within_stock",
            ),
            models.CheckConstraint(
                condition=models.Q(price__isnull=True) | models.Q(price__gte=0),
                name="partner_stockrecord_price_not_negative",
            ),
        ]


from oscar.apps.partner.models import *  # noqa: E402, F403
