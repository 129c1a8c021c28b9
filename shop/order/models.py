"""Orders: Oscar's, plus the shipping each seller charged on an order."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SellerShipping(models.Model):
    """The shipping one seller charged on one order (their part of the total)."""

    order = models.ForeignKey(
        "order.Order",
        on_delete=models.CASCADE,
        related_name="seller_shipping",
        verbose_name=_("order"),
    )
    partner = models.ForeignKey(
        "partner.Partner",
        # An order is a legal record: it outlives the seller's shop.
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("seller"),
    )
    partner_name = models.CharField(_("seller name"), max_length=128)
    subtotal = models.DecimalField(
        _("seller subtotal"), max_digits=12, decimal_places=2
    )
    charge = models.DecimalField(_("shipping charge"), max_digits=12, decimal_places=2)
    # What the seller tells the buyer when their parcel leaves.
    carrier = models.CharField(_("carrier"), max_length=80, blank=True)
    tracking_reference = models.CharField(
        _("tracking reference"), max_length=100, blank=True
    )
    shipped_at = models.DateTimeField(_("shipped on"), null=True, blank=True)

    class Meta:
        app_label = "order"
        ordering = ["pk"]
        verbose_name = _("seller shipping")
        verbose_name_plural = _("seller shipping")
        constraints = [
            models.UniqueConstraint(
                fields=["order", "partner"], name="order_sellershipping_unique"
            ),
            models.CheckConstraint(
                condition=models.Q(charge__gte=0),
                name="order_sellershipping_charge_not_negative",
            ),
        ]

    def __str__(self):
        return f"{self.order_id} / {self.partner_name}: {self.charge}"


from oscar.apps.order.models import *  # noqa: E402, F403
