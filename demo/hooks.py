"""The hook through which demo seeders are registered.

DEMO_SEEDERS
    A function, registered in demo/wagtail_hooks.py with
    ``hooks.register(DEMO_SEEDERS, fn, order=n)``, receiving nothing. It creates
    whatever is missing of its part of the demo (safe to run again) and returns
    the line ``seed_demo`` prints about it, or None. Seeders run in ``order``:
    later ones build on the pages and people earlier ones made.
"""

from collections.abc import Callable

from wagtail import hooks

DEMO_SEEDERS = "register_demo_seeder"


def demo_seeders() -> list[Callable[[], str | None]]:
    return hooks.get_hooks(DEMO_SEEDERS)
