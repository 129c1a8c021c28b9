"""Demo organisations (being written)."""


def seed() -> str | None:
    return None
