"""Reads for storefronts and the sellers directory, with their prefetching."""

from __future__ import annotations

from django.db.models import Prefetch, Q, QuerySet
from oscar.core.loading import get_model

from courses.certificates.selectors import certificates_for_users
from shop.marketplace.sellers import is_seller

Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")


def sellers_public() -> QuerySet:
    """Shops buyers can see: those whose trader details staff approved."""
    return Partner.objects.filter(trader_status=Partner.TraderStatus.APPROVED).order_by(
        "name"
    )


def storefront_visible(*, partner: Partner, user) -> bool:
    """Approved shops are public; before that only their people and staff see it."""
    if partner.can_sell:
        return True
    if not getattr(user, "is_authenticated", False):
        return False
    return user.is_staff or is_seller(user, partner)


def products_listed_q() -> Q:
    """Products buyers may see: public and approved by staff."""
    return Q(is_public=True, review_status=Product.Review.APPROVED)


def partner_products(*, partner: Partner) -> QuerySet:
    """A shop's public, approved products (parents and standalone), newest first."""
    stockrecords = StockRecord.objects.filter(partner=partner)
    # The shop's product ids first (its stock records by partner, a variant's
    # parent by key), then those products by key: joining products to stock
    # records and children with DISTINCT read the whole product table.
    own = list(stockrecords.values_list("product_id", flat=True))
    parents = Product.objects.filter(pk__in=own, parent__isnull=False).values_list(
        "parent_id", flat=True
    )
    return (
        Product.objects.filter(
            products_listed_q(), parent=None, pk__in={*own, *parents}
        )
        .select_related("product_class")
        .prefetch_related(Prefetch("stockrecords", queryset=stockrecords), "images")
        .order_by("-date_created", "-pk")
    )


def partner_certificates(*, partner: Partner) -> QuerySet:
    """Valid certificates earned by the shop's people: one query however many."""
    return certificates_for_users(partner.users.all())
