"""Public pages for anonymous visitors from a full-page cache.

A view opts in with :func:`public` (or :func:`public_page`), naming tags for
what the page shows; a change to that content calls :func:`purge` with the same
tags. See README, "Public pages from a cache".
"""

from rumbo.page_cache.tags import public, public_page, purge, purged

__all__ = ["public", "public_page", "purge", "purged"]
