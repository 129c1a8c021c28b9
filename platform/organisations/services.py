"""Writes: an organisation's editors' group, collection and page permissions;
inviting editors, accepting an invitation, removing an editor."""

from allauth.account.models import EmailAddress
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission

from organisations.models import INVITATION_VALID_FOR, Invitation, OrganisationPage
from outbox.services import Notice, notify

# What an organisation's editors may do on its page and the pages under it
# (Wagtail's PAGE_PERMISSION_TYPES): add news and events, edit them and the
# profile, publish and unpublish, lock while editing. Deleting a leaf page
# needs "change"; no "bulk_delete": the profile itself stays (see
# wagtail_hooks.py for the guard on it).
PAGE_PERMISSIONS = (
    "add_page",
    "change_page",
    "publish_page",
    "lock_page",
    "unlock_page",
)
# Their images and documents: upload, edit and pick them, in their collection only.
COLLECTION_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
)
NAME_MAX = 150


def _unique_name(model, name: str, suffix: str, **filters) -> str:
    name = name[:NAME_MAX]
    if not model.objects.filter(name=name, **filters).exists():
        return name
    return f"{name[: NAME_MAX - len(suffix) - 3]} ({suffix})"


def _permissions(pairs) -> list[Permission]:
    found = {
        (p.content_type.app_label, p.codename): p
        for p in Permission.objects.filter(
            codename__in=[codename for _app, codename in pairs]
        ).select_related("content_type")
    }
    return [found[pair] for pair in pairs]


@transaction.atomic
def organisation_access_ensure(*, page: OrganisationPage) -> Group:
    """Give the organisation of ``page`` (all its translations) an editors'
    group that may use the admin, a collection of its own, and page
    permissions on each translation. Idempotent: what exists is kept.

    The group and collection are shared by the translations: a new translation
    gets the ones its siblings have.
    """
    translations = list(
        OrganisationPage.objects.select_for_update()
        .filter(translation_key=page.translation_key)
        .order_by("pk")
    )
    group = next((t.editors for t in translations if t.editors_id), None)
    collection = next((t.collection for t in translations if t.collection_id), None)
    first = translations[0] if translations else page
    suffix = str(page.translation_key)[:8]
    if group is None:
        group = Group.objects.create(
            name=_unique_name(Group, f"Editors: {first.title}", suffix)
        )
    if collection is None:
        root = Collection.get_first_root_node()
        collection = root.add_child(
            instance=Collection(
                name=_unique_name(
                    Collection, first.title, suffix, path__startswith=root.path
                )
            )
        )
    # Without the admin permission Wagtail lets nobody in, whatever their pages.
    group.permissions.add(
        *_permissions([("wagtailadmin", "access_admin")]),
    )
    for permission in _permissions(COLLECTION_PERMISSIONS):
        GroupCollectionPermission.objects.get_or_create(
            group=group, collection=collection, permission=permission
        )
    page_permissions = _permissions([("wagtailcore", c) for c in PAGE_PERMISSIONS])
    for translation in translations or [page]:
        for permission in page_permissions:
            GroupPagePermission.objects.get_or_create(
                group=group, page_id=translation.pk, permission=permission
            )
    # A plain update: no new revision, no save signals (with_content_json
    # keeps these two fields when a revision is published).
    OrganisationPage.objects.filter(translation_key=page.translation_key).update(
        editors=group, collection=collection
    )
    page.editors, page.collection = group, collection
    return group


# --- invitations -----------------------------------------------------------


def invitation_create(
    *,
    organisation: OrganisationPage,
    email: str,
    invited_by,
    language: str,
) -> Invitation:
    """Invite ``email`` to edit for ``organisation``; the email goes from a
    worker once this commits. Refused when the address already edits for it
    or has an invitation waiting."""
    email = email.strip()
    group = organisation_access_ensure(page=organisation)
    if group.user_set.filter(email__iexact=email).exists():
        raise ValidationError(_("This person already edits for this organisation."))
    waiting = Invitation.objects.filter(
        email__iexact=email,
        organisation__translation_key=organisation.translation_key,
        accepted_at__isnull=True,
        created__gt=timezone.now() - INVITATION_VALID_FOR,
    )
    if waiting.exists():
        raise ValidationError(
            _("An invitation to this address is already waiting to be accepted.")
        )
    invitation = Invitation.objects.create(
        email=email,
        organisation=organisation,
        invited_by=invited_by,
        language=language,
    )
    from organisations.tasks import notify_invitation_task

    transaction.on_commit(lambda: notify_invitation_task.delay(invitation.pk))
    return invitation


def invitation_notify(*, invitation_id: int) -> int:
    """Email the invitation's link, once."""
    invitation = (
        Invitation.objects.select_related("organisation", "invited_by")
        .filter(pk=invitation_id, accepted_at__isnull=True)
        .first()
    )
    if invitation is None or invitation.is_expired:
        return 0
    organisation = invitation.organisation

    def build() -> Notice:
        name = organisation.localized.title
        return Notice(
            subject=_("You are invited to publish for %(organisation)s on Rumbo")
            % {"organisation": name},
            lines=[
                _(
                    "The Rumbo team invites you to publish the news and events of "
                    "%(organisation)s."
                )
                % {"organisation": name},
                _(
                    "Open the link below and sign in, or create an account with "
                    "this email address. The invitation is valid for 14 days."
                ),
            ],
            path=reverse("organisations:invitation", args=[invitation.token]),
        )

    return notify(
        to=invitation.email,
        language=invitation.language,
        key=f"organisations:invitation:{invitation.pk}",
        build=build,
    )


class InvitationRefused(ValidationError):
    """Why an invitation cannot be accepted, for the person to read."""


def invitation_for_token(token: str) -> Invitation | None:
    """The invitation with ``token``, or None for anything else (a tampered,
    overlong or binary token never reaches the database)."""
    if not token or len(token) > 64 or not token.isascii():
        return None
    if not all(c.isalnum() or c in "-_" for c in token):
        return None
    return (
        Invitation.objects.select_related("organisation", "organisation__editors")
        .filter(token=token)
        .first()
    )


def _has_verified_address(user, email: str) -> bool:
    return EmailAddress.objects.filter(
        user=user, email__iexact=email, verified=True
    ).exists()


def invitation_check(invitation: Invitation | None, user=None) -> None:
    """Raise InvitationRefused unless ``user`` may accept ``invitation`` now;
    without a user, whether the invitation itself can still be accepted."""
    if invitation is None:
        raise InvitationRefused(
            _("This invitation link is not valid. Ask the Rumbo team for a new one.")
        )
    if invitation.accepted_at is not None:
        if user is not None and invitation.accepted_by_id == user.pk:
            return
        raise InvitationRefused(
            _(
                "This invitation has already been used. Ask the Rumbo team for a new one."
            )
        )
    if invitation.is_expired:
        raise InvitationRefused(
            _("This invitation has expired. Ask the Rumbo team for a new one.")
        )
    if user is not None and not _has_verified_address(user, invitation.email):
        raise InvitationRefused(
            _(
                "This invitation was sent to another email address. Sign in with "
                "the account for that address, or add and confirm it in your "
                "account first."
            )
        )


def invitation_accept(*, token: str, user) -> Invitation:
    """Add ``user`` to the editors of the invitation's organisation.

    Only a person whose verified email address is the invited one may accept:
    a forwarded or leaked link gives nobody else publishing rights. Accepting
    twice (a double submit) changes nothing the second time.
    """
    with transaction.atomic():
        invitation = invitation_for_token(token)
        if invitation is not None:
            # Locks the invitation row only: its organisation's group may be
            # null (an outer join PostgreSQL cannot lock).
            invitation = (
                Invitation.objects.select_for_update(of=("self",))
                .select_related("organisation")
                .get(pk=invitation.pk)
            )
        invitation_check(invitation, user)
        if invitation.accepted_at is not None:
            return invitation  # already theirs
        group = organisation_access_ensure(page=invitation.organisation)
        user.groups.add(group)
        invitation.accepted_at = timezone.now()
        invitation.accepted_by = user
        invitation.save(update_fields=["accepted_at", "accepted_by"])
    return invitation


def invitation_revoke(*, invitation: Invitation) -> None:
    """Withdraw an invitation not yet accepted (its link stops working)."""
    if invitation.accepted_at is None:
        invitation.delete()


def editor_remove(*, organisation: OrganisationPage, user) -> bool:
    """Take ``user`` out of the organisation's editors; True if they were in."""
    if organisation.editors_id is None:
        return False
    group = organisation.editors
    if not group.user_set.filter(pk=user.pk).exists():
        return False
    user.groups.remove(group)
    return True


def invitations_forget(*, user) -> None:
    """Account deletion: invitations addressed to them go; the ones they sent
    stay, without them (``invited_by`` is set to null by the database)."""
    Invitation.objects.filter(accepted_by=user).delete()
    for address in EmailAddress.objects.filter(user=user).values_list(
        "email", flat=True
    ):
        Invitation.objects.filter(email__iexact=address).delete()
    if user.email:
        Invitation.objects.filter(email__iexact=user.email).delete()
