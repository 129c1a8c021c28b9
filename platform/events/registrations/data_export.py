"""The event registrations part of a person's data download (GDPR Article 20)."""

from events.registrations.selectors import registrations_of


def registrations_section(user) -> list[dict]:
    return [
        {
            "event": event.title,
            "event_key": str(registration.event_key),
            "starts": event.start.isoformat(),
            "status": registration.status,
            "registered_at": registration.created_at.isoformat(),
            "promoted_at": registration.promoted_at.isoformat()
            if registration.promoted_at
            else None,
            "cancelled_at": registration.cancelled_at.isoformat()
            if registration.cancelled_at
            else None,
            "attended": registration.attended,
            "language": registration.language,
        }
        for registration, event in registrations_of(user)
    ]
