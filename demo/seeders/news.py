"""Demo news (being written)."""


def seed() -> str | None:
    return None
