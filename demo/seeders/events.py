"""Demo events (being written)."""


def seed() -> str | None:
    return None
