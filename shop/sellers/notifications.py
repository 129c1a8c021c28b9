"""Emails to sellers, buyers and reviewing staff, in the recipient's language.

Every message comes from DEFAULT_FROM_EMAIL and carries no Reply-To: buyers and
sellers answer through their own secret link, never by email to each other.
"""

from __future__ import annotations

from django.apps import apps
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from oscar.core.loading import get_model
from oscar.views.decorators import check_permissions

from outbox.services import Notice, notify, staff_recipients

Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")

# No flooding. Staff hear when a shop *starts* waiting (trader_submit emails
# only when the status moves to pending), and each claim below lasts a window:
# a quick submit-reject-resubmit cycle, or a callback run twice, sends one
# email, not one per click. Products are one email per shop per hour whatever
# the number of products: the link lists them all, and a seller loading a
# catalogue of 30 products must not send 30 emails to every reviewer.
TRADER_REVIEW_WINDOW = 10 * 60
PRODUCTS_REVIEW_WINDOW = 60 * 60


def _can_reach(user, url_name: str) -> bool:
    """Whether `user` passes the guard of the dashboard view `url_name`
    (Oscar's own check), so the email goes to exactly those who can act."""
    config = apps.get_app_config("catalogue_dashboard")
    return check_permissions(user, config.get_permissions(url_name))


def _reviewers_notify(url_name: str, *, key: str, ttl: int, build) -> int:
    """Email the staff who can open `url_name` and were not yet told `key` in
    this window (claimed one by one, so a retry reaches whoever was missed)."""
    return sum(
        notify(to=user, key=f"shop:{key}:{user.pk}", ttl=ttl, build=build)
        for user in staff_recipients(can=lambda user: _can_reach(user, url_name))
    )


def _members(partner: Partner):
    return partner.users.filter(is_active=True).exclude(email="")


def trader_reviewed_notify(*, partner_id: int) -> int:
    """Tell the shop's people whether their trader details were approved."""
    partner = Partner.objects.filter(pk=partner_id).first()
    if partner is None or partner.trader_status not in (
        Partner.TraderStatus.APPROVED,
        Partner.TraderStatus.REJECTED,
    ):
        return 0
    approved = partner.trader_status == Partner.TraderStatus.APPROVED

    def build() -> Notice:
        if approved:
            lines = [
                _("Your trader details for %(shop)s are approved: your shop can sell.")
                % {"shop": partner.name}
            ]
            subject = _("Your shop %(shop)s can now sell") % {"shop": partner.name}
        else:
            lines = [
                _("Your trader details for %(shop)s need changes before you can sell.")
                % {"shop": partner.name}
            ]
            subject = _("Your shop %(shop)s: trader details need changes") % {
                "shop": partner.name
            }
        if partner.trader_review_note:
            lines.append(
                _("Note from the staff: %(note)s")
                % {"note": partner.trader_review_note}
            )
        return Notice(subject=subject, lines=lines, path=reverse("shop:my-shop"))

    return notify(to=_members(partner), build=build)


def inquiry_received_notify(*, inquiry, reply=None) -> int:
    """Tell the shop's people about a new inquiry or a buyer's reply."""
    partner = inquiry.partner
    message = reply.message if reply else inquiry.message

    def build() -> Notice:
        if reply:
            subject = _("%(name)s replied about %(product)s")
        else:
            subject = _("%(name)s asks about %(product)s")
        subject = subject % {
            "name": inquiry.buyer_name,
            "product": inquiry.product_title,
        }
        lines = [
            _("Message from %(name)s:") % {"name": inquiry.buyer_name},
            message,
            _(
                "Answer from the link below: your reply is emailed to them by "
                "Rumbo, and neither of you sees the other's email address."
            ),
        ]
        return Notice(
            subject=subject,
            lines=lines,
            path=reverse("shop:inquiry", kwargs={"token": inquiry.seller_token}),
        )

    return notify(to=_members(partner), build=build)


def inquiry_answered_notify(*, inquiry, reply, language: str) -> int:
    """Email the seller's answer to the buyer."""

    def build() -> Notice:
        subject = _("%(shop)s answered about %(product)s") % {
            "shop": inquiry.partner.name,
            "product": inquiry.product_title,
        }
        lines = [
            _("%(shop)s answered your question:") % {"shop": inquiry.partner.name},
            reply.message,
            _("To reply, use the link below (do not answer this email)."),
        ]
        return Notice(
            subject=subject,
            lines=lines,
            path=reverse("shop:inquiry", kwargs={"token": inquiry.buyer_token}),
        )

    return notify(
        to=inquiry.buyer_email,
        language=language,
        name=inquiry.buyer_name,
        build=build,
    )


def trader_submitted_notify(*, partner_id: int) -> int:
    """Tell the staff who review sellers that a shop's trader details wait.

    Run after the submission commits (a rolled-back one emails nobody).
    """
    partner = Partner.objects.filter(pk=partner_id).first()
    if partner is None or partner.trader_status != Partner.TraderStatus.PENDING:
        return 0

    def build() -> Notice:
        subject = _("%(shop)s sent trader details for review") % {"shop": partner.name}
        lines = [
            _(
                "The shop %(shop)s sent its trader details (EU Digital Services "
                "Act, article 30) for review. It cannot sell until they are "
                "approved."
            )
            % {"shop": partner.name},
            _("Approve them or ask for changes from the link below."),
        ]
        return Notice(
            subject=subject,
            lines=lines,
            path=reverse("dashboard:seller-review", kwargs={"pk": partner.pk}),
        )

    return _reviewers_notify(
        "seller-review",
        # Per submission: details sent again after a review are news again.
        key=f"trader-submitted:{partner.pk}:{partner.trader_submitted_at.timestamp()}",
        ttl=TRADER_REVIEW_WINDOW,
        build=build,
    )


def products_pending_notify(*, partner_id: int) -> int:
    """Tell the staff who review products that a shop has some waiting:
    one email per shop per PRODUCTS_REVIEW_WINDOW, however many products."""
    partner = Partner.objects.filter(pk=partner_id).first()
    if partner is None:
        return 0
    waiting = (
        Product.objects.filter(
            stockrecords__partner=partner, review_status=Product.Review.PENDING
        )
        .distinct()
        .count()
    )
    if not waiting:
        return 0

    def build() -> Notice:
        subject = _("%(shop)s has products waiting for approval") % {
            "shop": partner.name
        }
        lines = [
            ngettext(
                "%(shop)s has %(count)d product waiting for approval.",
                "%(shop)s has %(count)d products waiting for approval.",
                waiting,
            )
            % {"shop": partner.name, "count": waiting},
            _(
                "Buyers do not see them until they are approved. The link below "
                "lists every product waiting."
            ),
        ]
        path = reverse("dashboard:catalogue-product-list")
        return Notice(
            subject=subject,
            lines=lines,
            path=f"{path}?review_status={Product.Review.PENDING}",
        )

    # Approving happens on the product list, and only staff see the action.
    return _reviewers_notify(
        "catalogue-product-list",
        key=f"products-pending:{partner.pk}",
        ttl=PRODUCTS_REVIEW_WINDOW,
        build=build,
    )
