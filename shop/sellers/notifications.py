"""Emails to sellers and buyers, in the recipient's language, from the platform.

Every message comes from DEFAULT_FROM_EMAIL and carries no Reply-To: buyers and
sellers answer through their own secret link, never by email to each other.
"""

from __future__ import annotations

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from outbox.services import email_text_queue

Partner = get_model("partner", "Partner")


def _send(*, to: str, language: str, name: str, build) -> None:
    """Queue one email; `build()` returns (subject, lines, url path) in `language`."""
    with translation.override(language or settings.LANGUAGE_CODE):
        subject, lines, path = build()
        body = render_to_string(
            "shop/email/notification.txt",
            {"name": name, "lines": lines, "url": f"{settings.SITE_URL}{path}"},
        )
    email_text_queue(to=[to], subject=subject, body=body)


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

    def build():
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
        return subject, lines, reverse("shop:my-shop")

    sent = 0
    for user in _members(partner):
        _send(
            to=user.email,
            language=user.preferred_language,
            name=user.public_name,
            build=build,
        )
        sent += 1
    return sent


def inquiry_received_notify(*, inquiry, reply=None) -> int:
    """Tell the shop's people about a new inquiry or a buyer's reply."""
    partner = inquiry.partner
    message = reply.message if reply else inquiry.message

    def build():
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
        return (
            subject,
            lines,
            reverse("shop:inquiry", kwargs={"token": inquiry.seller_token}),
        )

    sent = 0
    for user in _members(partner):
        _send(
            to=user.email,
            language=user.preferred_language,
            name=user.public_name,
            build=build,
        )
        sent += 1
    return sent


def inquiry_answered_notify(*, inquiry, reply, language: str) -> int:
    """Email the seller's answer to the buyer."""

    def build():
        subject = _("%(shop)s answered about %(product)s") % {
            "shop": inquiry.partner.name,
            "product": inquiry.product_title,
        }
        lines = [
            _("%(shop)s answered your question:") % {"shop": inquiry.partner.name},
            reply.message,
            _("To reply, use the link below (do not answer this email)."),
        ]
        return (
            subject,
            lines,
            reverse("shop:inquiry", kwargs={"token": inquiry.buyer_token}),
        )

    _send(
        to=inquiry.buyer_email,
        language=language,
        name=inquiry.buyer_name,
        build=build,
    )
    return 1
