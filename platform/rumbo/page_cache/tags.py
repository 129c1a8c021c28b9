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


def fresh(tags, rendered_at: float) -> bool:
    """Whether nothing a page shows was purged since it began to render."""
    if not tags:
        return True
    purges = caches[cache_alias()].get_many([_key(tag) for tag in tags])
    return all(at < rendered_at for at in purges.values())
