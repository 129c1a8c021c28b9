"""Products with a review status and Wagtail's search index (one search engine)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from oscar.apps.catalogue.abstract_models import AbstractProduct
from wagtail.search import index


class Product(index.Indexed, AbstractProduct):
    class Review(models.TextChoices):
        APPROVED = "approved", _("Approved")
        PENDING = "pending", _("Waiting for approval")
        REJECTED = "rejected", _("Rejected")

    review_status = models.CharField(
        _("review"), max_length=10, choices=Review.choices, default=Review.APPROVED
    )
    inquiry_only = models.BooleanField(
        _("ask the seller"),
        default=False,
        help_text=_(
            "Buyers send an inquiry instead of buying (for services priced on request)."
        ),
    )

    search_fields = [
        index.SearchField("title", boost=3),
        index.SearchField("description"),
        index.AutocompleteField("title"),
        index.FilterField("is_public"),
        index.FilterField("review_status"),
        index.FilterField("product_class_id"),
        index.FilterField("structure"),
    ]


from oscar.apps.catalogue.models import *  # noqa: E402, F403
