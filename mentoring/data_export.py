"""The mentoring part of a person's data download (GDPR Article 20)."""

from django.db.models import Q

from mentoring.models import (
    Feedback,
    MenteeProfile,
    MentoringRequest,
    MentorProfile,
    Mentorship,
)


def mentoring_section(user) -> dict:
    mentor = MentorProfile.objects.filter(user=user).prefetch_related("areas").first()
    needs = MenteeProfile.objects.filter(user=user).prefetch_related("areas").first()
    mentorships = (
        Mentorship.objects.filter(Q(mentee=user) | Q(mentor__user=user))
        .select_related("mentor__user", "mentee")
        .prefetch_related("goals", "sessions", "messages")
    )
    return {
        "mentor_profile": None
        if mentor is None
        else {
            "status": mentor.status,
            "headline": mentor.headline,
            "background": mentor.background,
            "bio": mentor.bio,
            "areas": [a.slug for a in mentor.areas.all()],
            "sectors": mentor.sector_list,
            "languages": mentor.language_list,
            "city": mentor.city,
            "region": mentor.region,
            "format": mentor.format,
            "capacity": mentor.capacity,
            "availability": mentor.availability,
            "accepting": mentor.accepting,
        },
        "mentee_needs": None
        if needs is None
        else {
            "areas": [a.slug for a in needs.areas.all()],
            "sector": needs.sector,
            "stage": needs.stage,
            "languages": needs.language_list,
            "region": needs.region,
            "format": needs.format,
            "description": needs.description,
        },
        "requests_sent": [
            {
                "mentor": r.mentor.user.public_name,
                "message": r.message,
                "status": r.status,
                "sent": r.created_at.isoformat(),
            }
            for r in MentoringRequest.objects.filter(mentee=user).select_related(
                "mentor__user"
            )
        ],
        "mentorships": [
            {
                "mentor": m.mentor.user.public_name,
                "mentee": m.mentee.public_name,
                "status": m.status,
                "started": m.started_at.isoformat(),
                "ended": m.ended_at.isoformat() if m.ended_at else None,
                "goals": [
                    {
                        "title": g.title,
                        "status": g.status,
                        "target": g.target_date.isoformat() if g.target_date else None,
                    }
                    for g in m.goals.all()
                ],
                "sessions": [
                    {
                        "date": s.date.isoformat(),
                        "minutes": s.minutes,
                        "format": s.format,
                        "notes": s.notes,
                        "next_steps": s.next_steps,
                    }
                    for s in m.sessions.all()
                ],
                "messages": [
                    {
                        "mine": msg.author_id == user.pk,
                        "body": msg.body,
                        "sent": msg.created_at.isoformat(),
                    }
                    for msg in m.messages.all()
                ],
            }
            for m in mentorships
        ],
        # Only one's own feedback: the other side's stays with the staff.
        "my_feedback": [
            {
                "rating": f.rating,
                "comment": f.comment,
                "given": f.created_at.isoformat(),
            }
            for f in Feedback.objects.filter(author=user)
        ],
    }
