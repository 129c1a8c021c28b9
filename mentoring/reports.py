"""Figures for staff: per mentor and overall. Each figure is a correlated
subquery, so the report is one query however many mentors there are."""

from __future__ import annotations

from django.db.models import (
    Avg,
    Count,
    FloatField,
    IntegerField,
    Min,
    OuterRef,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce
from django.utils import timezone

from mentoring.models import (
    Feedback,
    Goal,
    MentoringRequest,
    MentorProfile,
    Mentorship,
    Session,
)


def _count(queryset, path: str):
    counted = queryset.order_by().values(path).annotate(n=Count("pk")).values("n")
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def mentor_report_rows() -> QuerySet[MentorProfile]:
    mentor = OuterRef("pk")
    pending = MentoringRequest.objects.filter(
        mentor=mentor, status=MentoringRequest.Status.PENDING
    )
    oldest = (
        pending.order_by().values("mentor").annotate(t=Min("created_at")).values("t")
    )
    ratings = (
        Feedback.objects.filter(mentorship__mentor=mentor)
        .order_by()
        .values("mentorship__mentor")
        .annotate(r=Avg("rating"))
        .values("r")
    )
    return (
        MentorProfile.objects.filter(status=MentorProfile.Status.APPROVED)
        .select_related("user")
        .annotate(
            active_count=_count(
                Mentorship.objects.filter(
                    mentor=mentor, status=Mentorship.Status.ACTIVE
                ),
                "mentor",
            ),
            ended_count=_count(
                Mentorship.objects.filter(
                    mentor=mentor, status=Mentorship.Status.ENDED
                ),
                "mentor",
            ),
            pending_count=_count(pending, "mentor"),
            oldest_pending=Subquery(oldest),
            session_count=_count(
                Session.objects.filter(mentorship__mentor=mentor), "mentorship__mentor"
            ),
            goals_achieved=_count(
                Goal.objects.filter(
                    mentorship__mentor=mentor, status=Goal.Status.ACHIEVED
                ),
                "mentorship__mentor",
            ),
            average_rating=Subquery(ratings, output_field=FloatField()),
        )
        .order_by("user__display_name", "pk")
    )


def age_days(moment) -> int | None:
    return None if moment is None else (timezone.now() - moment).days


def overall_figures() -> dict:
    pending = MentoringRequest.objects.filter(status=MentoringRequest.Status.PENDING)
    oldest = pending.aggregate(t=Min("created_at"))["t"]
    rating = Feedback.objects.aggregate(r=Avg("rating"))["r"]
    return {
        "active": Mentorship.objects.filter(status=Mentorship.Status.ACTIVE).count(),
        "ended": Mentorship.objects.filter(status=Mentorship.Status.ENDED).count(),
        "pending": pending.count(),
        "oldest_pending_days": age_days(oldest),
        "sessions": Session.objects.count(),
        "goals_achieved": Goal.objects.filter(status=Goal.Status.ACHIEVED).count(),
        "average_rating": round(rating, 2) if rating is not None else None,
        "mentors_waiting_approval": MentorProfile.objects.filter(
            status=MentorProfile.Status.PENDING
        ).count(),
    }
