"""Mentor applications and approval; mentee needs."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from mentoring.models import (
    ExpertiseArea,
    MenteeProfile,
    MentorProfile,
    codes_join,
)

MENTOR_FIELDS = {
    "headline",
    "background",
    "bio",
    "city",
    "region",
    "format",
    "capacity",
    "availability",
    "accepting",
    "photo",
}


def _require_staff(user) -> None:
    if not (user.is_authenticated and user.is_active and user.is_staff):
        raise PermissionDenied(_("Only programme staff can do this."))


def mentor_profile_save(
    *,
    user,
    areas: list[ExpertiseArea],
    languages: list[str],
    sectors: list[str],
    **fields,
) -> MentorProfile:
    """Apply to become a mentor, or edit one's mentor profile.

    A new application waits for staff; a rejected one goes back to waiting
    when edited. Capacity cannot drop below the mentees already taken.
    """
    unknown = set(fields) - MENTOR_FIELDS
    if unknown:
        raise ValueError(f"unknown fields {unknown}")
    if not areas:
        raise ValidationError({"areas": _("Choose at least one area of expertise.")})
    if not languages:
        raise ValidationError({"languages": _("Choose at least one language.")})
    with transaction.atomic():
        profile = MentorProfile.objects.select_for_update().filter(user=user).first()
        already_waiting = (
            profile is not None and profile.status == MentorProfile.Status.PENDING
        )
        if profile is None:
            profile = MentorProfile(user=user)
        elif "capacity" in fields:
            from mentoring.models import Mentorship

            active = Mentorship.objects.filter(
                mentor=profile, status=Mentorship.Status.ACTIVE
            ).count()
            if fields["capacity"] < active:
                raise ValidationError(
                    {
                        "capacity": _(
                            "You already mentor %(n)d people: capacity cannot be lower."
                        )
                        % {"n": active}
                    }
                )
        for name, value in fields.items():
            if name == "photo" and not value:
                continue
            setattr(profile, name, value)
        profile.languages = codes_join(languages)
        profile.sectors = codes_join(sectors)
        if profile.status == MentorProfile.Status.REJECTED:
            profile.status = MentorProfile.Status.PENDING
        profile.full_clean(exclude=["user", "photo"])
        profile.save()
        profile.areas.set(areas)
        if profile.status == MentorProfile.Status.PENDING and not already_waiting:
            # Staff hear when a profile starts waiting, after commit; edits
            # while it waits show on the approval page and email no one.
            from mentoring.tasks import notify_mentor_pending_task

            pk = profile.pk
            transaction.on_commit(lambda: notify_mentor_pending_task.delay(pk))
    return profile


def mentor_review(
    *, staff, mentor: MentorProfile, approve: bool, note: str = ""
) -> MentorProfile:
    """Staff approve (publish) or reject a mentor profile; the mentor is emailed."""
    _require_staff(staff)
    status = MentorProfile.Status.APPROVED if approve else MentorProfile.Status.REJECTED
    with transaction.atomic():
        locked = MentorProfile.objects.select_for_update().get(pk=mentor.pk)
        if locked.status == status:
            return locked
        locked.status = status
        locked.status_note = (note or "").strip()[:300]
        locked.approved_at = timezone.now() if approve else None
        locked.save(
            update_fields=["status", "status_note", "approved_at", "updated_at"]
        )
        from mentoring.tasks import notify_mentor_status_task

        transaction.on_commit(lambda: notify_mentor_status_task.delay(locked.pk))
    return locked


def mentee_needs_save(
    *,
    user,
    areas: list[ExpertiseArea],
    languages: list[str],
    sector: str,
    stage: str,
    region: str,
    format: str,
    description: str = "",
) -> MenteeProfile:
    """Create or update what a mentee needs help with."""
    if not areas:
        raise ValidationError(
            {"areas": _("Choose at least one area you need help with.")}
        )
    if not languages:
        raise ValidationError({"languages": _("Choose at least one language.")})
    with transaction.atomic():
        profile, _created = MenteeProfile.objects.select_for_update().get_or_create(
            user=user,
            defaults={
                "sector": sector,
                "stage": stage,
                "region": region,
                "format": format,
            },
        )
        profile.sector = sector
        profile.stage = stage
        profile.region = region
        profile.format = format
        profile.description = (description or "").strip()
        profile.languages = codes_join(languages)
        profile.full_clean(exclude=["user"])
        profile.save()
        profile.areas.set(areas)
    return profile
