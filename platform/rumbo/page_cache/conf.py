"""The page cache's settings, read when used (tests override them)."""

from django.conf import settings


def enabled() -> bool:
    return getattr(settings, "PAGE_CACHE_ENABLED", True)


def cache_alias() -> str:
    return getattr(settings, "PAGE_CACHE_ALIAS", "default")


def timeout() -> int:
    """Seconds a page is kept at most, purged or not: a safety net for what
    no purge covers (e.g. a date that passes)."""
    return getattr(settings, "PAGE_CACHE_SECONDS", 600)
