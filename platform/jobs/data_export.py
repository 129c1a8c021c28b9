"""A person's part of the jobs board in their data download (GDPR Article 20):
the offers they posted, their applications and the messages of both."""

from jobs.models import Application, ApplicationMessage, JobOffer


def _message(message: ApplicationMessage, user) -> dict:
    return {
        "sent": message.created_at.isoformat(),
        "by_me": message.author_id == user.pk,
        "from_poster": message.from_poster,
        "body": message.body,
    }


def jobs_section(user) -> dict:
    offers = JobOffer.objects.filter(created_by=user).order_by("created_at")
    applications = (
        Application.objects.filter(applicant=user)
        .select_related("offer")
        .prefetch_related("messages")
        .order_by("created_at")
    )
    written = (
        ApplicationMessage.objects.filter(author=user, from_poster=True)
        .select_related("application__offer")
        .order_by("created_at")
    )
    return {
        "offers_posted": [
            {
                "title": o.title,
                "poster": o.poster_name,
                "kind": o.kind,
                "description": o.description,
                "town": o.town,
                "region": o.region,
                "remote": o.remote,
                "languages": o.languages,
                "closing_date": o.closing_date.isoformat(),
                "status": o.status,
                "created": o.created_at.isoformat(),
            }
            for o in offers
        ],
        "applications": [
            {
                "offer": a.offer.title,
                "poster": a.offer.poster_name,
                "sent": a.created_at.isoformat(),
                "message": a.message,
                "cv": a.cv_name or None,
                "status": a.status,
                "messages": [_message(m, user) for m in a.messages.all()],
            }
            for a in applications
        ],
        "messages_written_as_poster": [
            {
                "offer": m.application.offer.title,
                "sent": m.created_at.isoformat(),
                "body": m.body,
            }
            for m in written
        ],
    }
