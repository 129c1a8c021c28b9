"""Writes for sellers: opening a shop, its team, trader details and their review.

Who is a seller, and of which shop, is the marketplace's rule
(shop.marketplace.sellers).
"""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from oscar.core.loading import get_model

from shop import tasks
from shop.marketplace.sellers import is_seller, shop_of
from shop.sellers import notifications

Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")

TRADER_FIELDS = (
    "trader_legal_name",
    "trader_address",
    "trader_phone",
    "trader_email",
    "trader_registration",
)


def _lock_user(user):
    User = get_user_model()
    return User.objects.select_for_update().get(pk=user.pk)


@transaction.atomic
def shop_open(*, user, data: dict) -> Partner:
    """Create `user`'s shop from the first step's fields and make them its owner.

    One shop per user: a second call is refused. New shops' products wait for
    staff approval when SHOP_PRODUCTS_NEED_APPROVAL is on.
    """
    _lock_user(user)
    if shop_of(user) is not None:
        raise ValidationError(_("You already have a shop. Each person can run one."))
    partner = Partner(
        created_by=user,
        products_need_approval=settings.SHOP_PRODUCTS_NEED_APPROVAL,
        **data,
    )
    partner.save()
    member_add_unchecked(partner=partner, user=user)
    return partner


SHOP_PROFILE_FIELDS = (
    "name",
    "offer",
    "description",
    "logo",
    "city",
    "region",
    "languages",
    "public_email",
    "public_phone",
)
SHOP_SETTINGS_FIELDS = (
    "shipping_flat_rate",
    "free_shipping_over",
    "on_holiday",
    "holiday_message",
)


def _shop_write(*, partner: Partner, by, data: dict, fields) -> Partner:
    if not is_seller(by, partner):
        raise PermissionDenied
    unknown = set(data) - set(fields)
    if unknown:
        raise ValueError(f"Not editable here: {sorted(unknown)}")
    partner = Partner.objects.select_for_update().get(pk=partner.pk)
    for name, value in data.items():
        # As a ModelForm does: an upload left empty keeps the file, a cleared
        # one (False) empties it.
        Partner._meta.get_field(name).save_form_data(partner, value)
    partner.full_clean(
        exclude=[f.name for f in Partner._meta.fields if f.name not in data]
    )
    partner.save(update_fields=list(data))
    return partner


@transaction.atomic
def shop_update(*, partner: Partner, by, data: dict) -> Partner:
    """Change what buyers see of the shop (description, place, contact)."""
    return _shop_write(partner=partner, by=by, data=data, fields=SHOP_PROFILE_FIELDS)


@transaction.atomic
def shop_settings_update(*, partner: Partner, by, data: dict) -> Partner:
    """Change the shop's shipping rate, free-shipping threshold and holiday mode.

    On holiday the storefront stays up with the message, and the strategy
    refuses its products in baskets and at checkout.
    """
    data = dict(data)
    if "holiday_message" in data:
        data["holiday_message"] = (data["holiday_message"] or "").strip()
    return _shop_write(partner=partner, by=by, data=data, fields=SHOP_SETTINGS_FIELDS)


def member_add_unchecked(*, partner: Partner, user) -> None:
    # No Oscar dashboard permission: sellers work in the sellers' workspace.
    partner.users.add(user)


@transaction.atomic
def member_add(*, partner: Partner, by, email: str):
    """Add the existing user with `email` to the shop (by one of its members)."""
    if not is_seller(by, partner):
        raise PermissionDenied
    User = get_user_model()
    user = User.objects.filter(email__iexact=email.strip(), is_active=True).first()
    if user is None:
        raise ValidationError(
            _("No one has an account with this email. Ask them to sign up first.")
        )
    user = _lock_user(user)
    if is_seller(user, partner):
        raise ValidationError(_("This person is already in your shop."))
    if is_seller(user):
        raise ValidationError(_("This person already runs another shop."))
    member_add_unchecked(partner=partner, user=user)
    return user


@transaction.atomic
def member_remove(*, partner: Partner, by, user_id: int) -> None:
    """Remove a member; the last one cannot leave (the shop would be orphaned)."""
    if not is_seller(by, partner):
        raise PermissionDenied
    member = partner.users.filter(pk=user_id).first()
    if member is None:
        raise ValidationError(_("This person is not in your shop."))
    if partner.users.count() <= 1:
        raise ValidationError(_("A shop needs at least one person."))
    partner.users.remove(member)


@transaction.atomic
def trader_submit(*, partner: Partner, by, data: dict) -> Partner:
    """Save the trader details and send them for review (selling stops until then)."""
    if not is_seller(by, partner):
        raise PermissionDenied
    if not data.get("trader_compliance"):
        raise ValidationError(
            _("Please certify that you offer only products that comply with EU law.")
        )
    partner = Partner.objects.select_for_update().get(pk=partner.pk)
    already_waiting = partner.trader_status == Partner.TraderStatus.PENDING
    for field in (*TRADER_FIELDS, "trader_compliance"):
        setattr(partner, field, data[field])
    partner.trader_status = Partner.TraderStatus.PENDING
    partner.trader_submitted_at = timezone.now()
    partner.trader_reviewed_at = None
    partner.save()
    if not already_waiting:
        # Staff were told when it started waiting; edits meanwhile show on the
        # review page. After commit, so a rolled-back submission tells no one.
        partner_id = partner.pk
        transaction.on_commit(
            lambda: tasks.notify_trader_submitted_task.delay(partner_id)
        )
    return partner


@transaction.atomic
def trader_review(
    *,
    partner: Partner,
    by,
    approve: bool,
    note: str = "",
    products_need_approval: bool | None = None,
) -> Partner:
    """Staff approve or reject a shop's trader details; the shop's people are told."""
    if not by.is_staff:
        raise PermissionDenied
    partner = Partner.objects.select_for_update().get(pk=partner.pk)
    if partner.trader_status == Partner.TraderStatus.MISSING:
        raise ValidationError(_("This shop has not given its trader details yet."))
    if not approve and not note.strip():
        raise ValidationError(_("Tell the seller what to change."))
    partner.trader_status = (
        Partner.TraderStatus.APPROVED if approve else Partner.TraderStatus.REJECTED
    )
    partner.trader_review_note = note.strip()
    partner.trader_reviewed_at = timezone.now()
    if products_need_approval is not None:
        partner.products_need_approval = products_need_approval
    partner.save()
    # The outbox sends after commit, so a rolled-back review emails nobody.
    notifications.trader_reviewed_notify(partner_id=partner.pk)
    return partner


def products_review_requested(*, partner: Partner) -> None:
    """Tell product reviewers that `partner` has a product waiting for approval.

    Call it where a seller's product becomes pending. The email goes after the
    transaction commits, at most once per shop per window (see notifications).
    """
    partner_id = partner.pk
    transaction.on_commit(lambda: tasks.notify_products_pending_task.delay(partner_id))


def products_review(*, products, by, approve: bool) -> int:
    """Staff approve (and publish) or reject (and hide) products."""
    if not by.is_staff:
        raise PermissionDenied
    if approve:
        return products.update(review_status=Product.Review.APPROVED, is_public=True)
    return products.update(review_status=Product.Review.REJECTED, is_public=False)
