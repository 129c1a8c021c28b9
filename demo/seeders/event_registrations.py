"""Demo event_registrations (being written)."""


def seed() -> str | None:
    return None
