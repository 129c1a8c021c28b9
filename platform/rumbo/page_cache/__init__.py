"""Public pages for anonymous visitors from a full-page cache.

A view opts in with :func:`public`, naming tags for what the page shows; a
change to that content calls :func:`purge` with the same tags. See the README,
"Deployment and scaling".
"""

from rumbo.page_cache.tags import (
    public,
    purge,
    purged,
    recall,
    remember,
    remembered,
)

__all__ = ["public", "purge", "purged", "recall", "remember", "remembered"]
