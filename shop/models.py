"""The marketplace's own data beside Oscar's: buyers' questions to sellers."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def new_token() -> str:
    return secrets.token_urlsafe(32)


class Inquiry(models.Model):
    """A buyer's question about an "ask the seller" product.

    Each side answers through a secret link of its own, so neither ever sees
    the other's email address.
    """

    product = models.ForeignKey(
        "catalogue.Product",
        null=True,
        on_delete=models.SET_NULL,
        related_name="inquiries",
        verbose_name=_("product"),
    )
    partner = models.ForeignKey(
        "partner.Partner",
        on_delete=models.CASCADE,
        related_name="inquiries",
        verbose_name=_("shop"),
    )
    product_title = models.CharField(_("product"), max_length=255)
    buyer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    buyer_name = models.CharField(_("your name"), max_length=100)
    buyer_email = models.EmailField(_("your email"))
    message = models.TextField(_("message"), max_length=3000)
    language = models.CharField(max_length=8, blank=True)
    seller_token = models.CharField(max_length=64, unique=True, default=new_token)
    buyer_token = models.CharField(max_length=64, unique=True, default=new_token)
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        verbose_name = _("inquiry")
        verbose_name_plural = _("inquiries")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["buyer_email", "product", "created_at"])]

    def __str__(self) -> str:
        return f"{self.product_title} · {self.buyer_name}"


class InquiryReply(models.Model):
    """One message after the first, from the seller or the buyer."""

    class Author(models.TextChoices):
        SELLER = "seller", _("Seller")
        BUYER = "buyer", _("Buyer")

    inquiry = models.ForeignKey(
        Inquiry, on_delete=models.CASCADE, related_name="replies"
    )
    author = models.CharField(max_length=6, choices=Author.choices)
    sent_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    message = models.TextField(_("message"), max_length=3000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("reply")
        verbose_name_plural = _("replies")
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return f"{self.inquiry} · {self.author}"
