"""Demo jobs (being written)."""


def seed() -> str | None:
    return None
