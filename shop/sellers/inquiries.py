"""Writes for "ask the seller": a buyer's inquiry and the replies to it; and the
reads the sellers' workspace lists them with."""

from __future__ import annotations

from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import (
    BooleanField,
    Case,
    Count,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils import translation
from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from rumbo.replay import replay_cutoff, replay_of
from shop.models import Inquiry, InquiryReply
from shop.sellers import notifications

Product = get_model("catalogue", "Product")

# At most this many inquiries per sender address per hour, whatever the product.
HOURLY_LIMIT = 10


def inquirable(product) -> bool:
    return bool(
        product is not None
        and product.inquiry_only
        and product.is_public
        and product.review_status == Product.Review.APPROVED
    )


def _seller_of(product):
    record = product.stockrecords.select_related("partner").first()
    if record is None or not record.partner.can_sell:
        return None
    return record.partner


@transaction.atomic
def inquiry_create(
    *, product, buyer_name: str, buyer_email: str, message: str, buyer=None
) -> tuple[Inquiry, bool]:
    """Store a buyer's inquiry and email the seller; returns (inquiry, created).

    The same message from the same address about the same product within 60
    seconds (a double click, a reload) returns the first one and sends nothing.
    """
    if not inquirable(product):
        raise ValidationError(_("This product does not take inquiries."))
    partner = _seller_of(product)
    if partner is None:
        raise ValidationError(_("This shop is not taking inquiries yet."))
    email = buyer_email.strip().lower()
    message = message.strip()
    recent = replay_of(
        Inquiry.objects.select_for_update(),
        product=product,
        buyer_email=email,
        message=message,
    )
    if recent is not None:
        return recent, False
    key = f"shop:inquiries:{email}"
    cache.add(key, 0, 3600)
    if cache.incr(key) > HOURLY_LIMIT:
        raise ValidationError(
            _("You have sent many messages in a short time. Please try again later.")
        )
    inquiry = Inquiry.objects.create(
        product=product,
        partner=partner,
        product_title=product.get_title()[:255],
        buyer=buyer if getattr(buyer, "is_authenticated", False) else None,
        buyer_name=buyer_name.strip(),
        buyer_email=email,
        message=message,
        language=translation.get_language() or "",
    )
    notifications.inquiry_received_notify(inquiry=inquiry)
    return inquiry, True


def inquiry_by_token(token: str) -> tuple[Inquiry, str] | tuple[None, None]:
    """The inquiry this secret link opens and which side holds it."""
    if not token or len(token) > 64:
        return None, None
    inquiry = (
        Inquiry.objects.select_related("partner", "product")
        .filter(seller_token=token)
        .first()
    )
    if inquiry is not None:
        return inquiry, InquiryReply.Author.SELLER
    inquiry = (
        Inquiry.objects.select_related("partner", "product")
        .filter(buyer_token=token)
        .first()
    )
    if inquiry is not None:
        return inquiry, InquiryReply.Author.BUYER
    return None, None


@transaction.atomic
def inquiry_reply(*, inquiry: Inquiry, author: str, message: str, sent_by=None):
    """Add a reply and email it to the other side through the platform."""
    message = message.strip()
    if not message:
        raise ValidationError(_("Write a message first."))
    last = inquiry.replies.order_by("-created_at", "-pk").first()
    if (
        last is not None
        and last.author == author
        and last.message == message
        and last.created_at >= replay_cutoff()
    ):
        return last
    reply = InquiryReply.objects.create(
        inquiry=inquiry,
        author=author,
        message=message,
        sent_by=sent_by if getattr(sent_by, "is_authenticated", False) else None,
    )
    if author == InquiryReply.Author.SELLER:
        notifications.inquiry_answered_notify(
            inquiry=inquiry, reply=reply, language=inquiry.language
        )
    else:
        notifications.inquiry_received_notify(inquiry=inquiry, reply=reply)
    return reply


# Reads for the workspace -------------------------------------------------------


def _last_reply():
    return InquiryReply.objects.filter(inquiry=OuterRef("pk")).order_by(
        "-created_at", "-pk"
    )


def waiting_q() -> Q:
    """Inquiries whose last message is the buyer's (on `inquiries_for_shop`)."""
    return Q(last_author__isnull=True) | Q(last_author=InquiryReply.Author.BUYER)


def inquiries_for_shop(*, partner, waiting_only: bool = False) -> QuerySet:
    """The shop's inquiries, newest first, each with `last_author`,
    `last_message_at`, `replies_count` and `waiting` (the buyer spoke last):
    one query for any number of them."""
    counts = (
        InquiryReply.objects.filter(inquiry=OuterRef("pk"))
        .order_by()
        .values("inquiry")
        .annotate(n=Count("pk"))
        .values("n")
    )
    inquiries = Inquiry.objects.filter(partner=partner).annotate(
        last_author=Subquery(_last_reply().values("author")[:1]),
        last_message_at=Coalesce(
            Subquery(_last_reply().values("created_at")[:1]), "created_at"
        ),
        replies_count=Coalesce(Subquery(counts), 0),
    )
    inquiries = inquiries.annotate(
        waiting=Case(
            When(waiting_q(), then=Value(True)),
            default=Value(False),
            output_field=BooleanField(),
        )
    )
    if waiting_only:
        inquiries = inquiries.filter(waiting_q())
    return inquiries.order_by("-created_at", "-pk")


def inquiries_waiting_count(*, partner) -> int:
    """How many of the shop's inquiries wait for its answer: one query."""
    return (
        Inquiry.objects.filter(partner=partner)
        .annotate(last_author=Subquery(_last_reply().values("author")[:1]))
        .filter(waiting_q())
        .count()
    )
