"""Cohort matching for staff: compute the best assignment, adjust, confirm."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from mentoring import matching
from mentoring.models import (
    Cohort,
    CohortAssignment,
    CohortMentor,
    MenteeProfile,
    MentorProfile,
    Mentorship,
)
from mentoring.selectors import mentor_offers, needs_of

TOP_K = 20


def _require_staff(user) -> None:
    if not (user.is_authenticated and user.is_active and user.is_staff):
        raise PermissionDenied(_("Only programme staff can do this."))


def cohort_plan(
    *, mentee_ids: list[int], mentor_ids: list[int], top_k: int | None = TOP_K
):
    """Score every chosen mentee against every chosen mentor and solve.

    Returns (needs by mentee user id, offers, assignment); pairs already
    working together are forbidden.
    """
    profiles = list(
        MenteeProfile.objects.filter(user_id__in=mentee_ids)
        .prefetch_related("areas")
        .order_by("user_id")
    )
    needs = [needs_of(p) for p in profiles]
    offers = mentor_offers(mentor_ids)
    table = matching.offer_table(offers)
    scores = matching.score_matrix(needs, table)
    column = {o.id: j for j, o in enumerate(offers)}
    row = {n.user_id: i for i, n in enumerate(needs)}
    for mentee_id, mentor_id in Mentorship.objects.filter(
        status=Mentorship.Status.ACTIVE,
        mentee_id__in=mentee_ids,
        mentor_id__in=mentor_ids,
    ).values_list("mentee_id", "mentor_id"):
        if mentee_id in row and mentor_id in column:
            scores[row[mentee_id], column[mentor_id]] = -1
    assignment = matching.assign(scores, [o.free for o in offers], top_k=top_k)
    return needs, offers, assignment


def cohort_compute(
    *, staff, name: str, mentee_ids: list[int], mentor_ids: list[int]
) -> Cohort:
    """A draft cohort holding the optimal proposal for the chosen people."""
    _require_staff(staff)
    name = (name or "").strip()
    if not name:
        raise ValidationError({"name": _("Give the cohort a name.")})
    mentee_ids = sorted(
        set(
            MenteeProfile.objects.filter(user_id__in=mentee_ids).values_list(
                "user_id", flat=True
            )
        )
    )
    mentor_ids = sorted(
        set(
            MentorProfile.objects.filter(
                pk__in=mentor_ids, status=MentorProfile.Status.APPROVED
            ).values_list("pk", flat=True)
        )
    )
    if not mentee_ids:
        raise ValidationError(
            {"mentees": _("Choose at least one mentee who has stated their needs.")}
        )
    if not mentor_ids:
        raise ValidationError({"mentors": _("Choose at least one approved mentor.")})
    needs, offers, assignment = cohort_plan(
        mentee_ids=mentee_ids, mentor_ids=mentor_ids
    )
    with transaction.atomic():
        cohort = Cohort.objects.create(
            name=name[:120], created_by=staff, total_score=assignment.total
        )
        CohortMentor.objects.bulk_create(
            [CohortMentor(cohort=cohort, mentor_id=m) for m in mentor_ids]
        )
        rows = []
        for i, need in enumerate(needs):
            j = assignment.pairs.get(i)
            match = matching.score(need, offers[j]) if j is not None else None
            rows.append(
                CohortAssignment(
                    cohort=cohort,
                    mentee_id=need.user_id,
                    mentor_id=offers[j].id if j is not None else None,
                    score=match.score if match else 0,
                    reasons=[list(r) for r in match.reasons] if match else [],
                )
            )
        CohortAssignment.objects.bulk_create(rows)
    return cohort


def cohort_assignment_set(
    *, staff, cohort_id: int, assignment_id: int, mentor_id: int | None
) -> CohortAssignment:
    """Staff change one mentee's proposed mentor (or leave them unassigned)."""
    _require_staff(staff)
    with transaction.atomic():
        cohort = Cohort.objects.select_for_update().filter(pk=cohort_id).first()
        if cohort is None:
            raise ValidationError(_("This cohort does not exist."))
        if cohort.status != Cohort.Status.DRAFT:
            raise ValidationError(_("This cohort is already confirmed."))
        row = CohortAssignment.objects.filter(pk=assignment_id, cohort=cohort).first()
        if row is None:
            raise ValidationError(_("This mentee is not in the cohort."))
        if (
            mentor_id is not None
            and not CohortMentor.objects.filter(
                cohort=cohort, mentor_id=mentor_id
            ).exists()
        ):
            raise ValidationError(_("Choose one of the cohort's mentors."))
        row.mentor_id = mentor_id
        row.score, row.reasons = 0, []
        if mentor_id is not None:
            profile = MenteeProfile.objects.prefetch_related("areas").get(
                user_id=row.mentee_id
            )
            offers = mentor_offers([mentor_id])
            match = matching.score(needs_of(profile), offers[0]) if offers else None
            if match is not None:
                row.score, row.reasons = match.score, [list(r) for r in match.reasons]
        row.save(update_fields=["mentor", "score", "reasons"])
        cohort.total_score = sum(cohort.assignments.values_list("score", flat=True))
        cohort.save(update_fields=["total_score"])
    return row


def cohort_confirm(*, staff, cohort_id: int) -> list[Mentorship]:
    """Create the cohort's mentorships and email everyone; refused if a mentor
    would go over capacity. Confirming twice creates nothing more."""
    _require_staff(staff)
    from mentoring.tasks import notify_mentorship_started_task

    with transaction.atomic():
        cohort = Cohort.objects.select_for_update().filter(pk=cohort_id).first()
        if cohort is None:
            raise ValidationError(_("This cohort does not exist."))
        if cohort.status != Cohort.Status.DRAFT:
            raise ValidationError(_("This cohort is already confirmed."))
        rows = list(
            cohort.assignments.filter(mentor__isnull=False).select_related(
                "mentor__user", "mentee"
            )
        )
        mentor_ids = sorted({r.mentor_id for r in rows})
        # Lock mentors in a fixed order (no deadlocks with accepts).
        mentors = {
            m.pk: m
            for m in MentorProfile.objects.select_for_update()
            .filter(pk__in=mentor_ids)
            .order_by("pk")
        }
        wanted: dict[int, int] = {}
        for r in rows:
            wanted[r.mentor_id] = wanted.get(r.mentor_id, 0) + 1
        for mentor_id, n in wanted.items():
            mentor = mentors[mentor_id]
            active = Mentorship.objects.filter(
                mentor=mentor, status=Mentorship.Status.ACTIVE
            ).count()
            if active + n > mentor.capacity:
                raise ValidationError(
                    _(
                        "%(name)s has %(free)d free places but %(n)d mentees are assigned."
                    )
                    % {
                        "name": mentor.user.public_name,
                        "free": max(mentor.capacity - active, 0),
                        "n": n,
                    }
                )
        created = []
        for r in rows:
            if Mentorship.objects.filter(
                mentor_id=r.mentor_id,
                mentee_id=r.mentee_id,
                status=Mentorship.Status.ACTIVE,
            ).exists():
                continue
            created.append(
                Mentorship.objects.create(
                    mentor_id=r.mentor_id, mentee_id=r.mentee_id, cohort=cohort
                )
            )
        cohort.status = Cohort.Status.CONFIRMED
        cohort.confirmed_at = timezone.now()
        cohort.save(update_fields=["status", "confirmed_at"])
        for m in created:
            transaction.on_commit(
                lambda pk=m.pk: notify_mentorship_started_task.delay(pk)
            )
    return created
