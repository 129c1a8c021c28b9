"""Tags name what a cached page shows; purging a tag makes every page that
carries it stale at once.

Each tag keeps the time it was last purged. A page is fresh while every one
of its tags was last purged before the page began to render, so a change that
commits while a page is rendering is never hidden behind it.
"""

import logging
import time

from django.core.cache import caches
from django.db import transaction
from django.dispatch import Signal

from rumbo.page_cache.conf import cache_alias, timeout

logger = logging.getLogger(__name__)

# Sent with the purged tags after each purge, e.g. for a CDN that purges by
# tag (the pages carry them in a Cache-Tag header): see the README.
purged = Signal()

_TAGS = "request_page_cache_tags"


def public(request, *tags: str) -> None:
    """The response to ``request`` may be cached for anonymous visitors, and
    goes stale when any of ``tags`` is purged."""
    current = getattr(request, _TAGS, None) or set()
    setattr(request, _TAGS, current | set(tags))


def tags_of(request) -> set[str] | None:
    """The tags a view gave, or None when it did not make its page public."""
    return getattr(request, _TAGS, None)


def _key(tag: str) -> str:
    return f"page-cache:tag:{tag}"


def purge(*tags: str) -> None:
    """Pages carrying any of ``tags`` go stale."""
    tags = tuple(dict.fromkeys(t for t in tags if t))
    if not tags:
        return

    def run():
        now = time.time()
        try:
            # Kept a little longer than any page, so a page never outlives the
            # record of its tag's last purge.
            caches[cache_alias()].set_many(
                {_key(tag): now for tag in tags}, timeout() + 60
            )
        except Exception:  # noqa: BLE001  (the change itself must not fail)
            logger.error("page cache purge failed: %s", " ".join(tags), exc_info=True)
        purged.send(sender=None, tags=tags)

    # Now, so that the next page this process renders is fresh; and again on
    # commit, since until then other requests still read the old rows and may
    # cache them.
    run()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(run)


def tag_keys(tags) -> list[str]:
    """The cache keys of the tags' purge times, to read along with a page."""
    return [_key(tag) for tag in tags]


def fresh_in(found: dict, tags, rendered_at: float) -> bool:
    """``fresh``, with the tags' purge times already read into ``found``."""
    return all(found.get(_key(tag), 0) < rendered_at for tag in tags)


def fresh(tags, rendered_at: float) -> bool:
    """Whether nothing a page shows was purged since it began to render."""
    if not tags:
        return True
    purges = caches[cache_alias()].get_many(tag_keys(tags))
    return fresh_in(purges, tags, rendered_at)


def recall(key: str, tags):
    """What ``remember`` kept under ``key``, or None when it is not there or
    one of ``tags`` was purged since. None too when the store is down."""
    store = caches[cache_alias()]
    entry_key = f"page-cache:value:{key}"
    tag_keys = [_key(tag) for tag in tags]
    try:
        found = store.get_many([entry_key, *tag_keys])
    except Exception:  # noqa: BLE001  (the page must not fail with the store)
        logger.warning("page cache unreachable for %s", key, exc_info=True)
        return None
    entry = found.get(entry_key)
    if entry is None:
        return None
    built_at, value = entry
    if any(found.get(k, 0) >= built_at for k in tag_keys):
        return None
    return value


def remember(key: str, value, since: float) -> None:
    """Keep ``value``, read from the database from time ``since`` on."""
    try:
        caches[cache_alias()].set(f"page-cache:value:{key}", (since, value), timeout())
    except Exception:  # noqa: BLE001
        logger.warning("page cache unreachable for %s", key, exc_info=True)


def remembered(key: str, tags, build):
    """``build()``, kept in the page cache's store until any of ``tags`` is
    purged: for what every page reads and rarely changes (the navigation, the
    topics). One cache read, no query, while fresh."""
    value = recall(key, tags)
    if value is None:
        started = time.time()
        value = build()
        remember(key, value, started)
    return value
