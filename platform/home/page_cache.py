"""Wagtail pages in the public page cache: each served page is tagged, and
publishing, unpublishing, moving or deleting one purges what shows it.

A page's tags: ``page:<id>``, ``navigation`` (the header and footer list the
top-level pages), and what its type adds with a ``page_cache_tags()`` method
(e.g. a catalogue lists its locale's courses). A change to a page purges the
page, its parent (which lists its children), the ``page_cache_purges()`` its
type names, and the navigation when it is a top-level page.
"""

from rumbo import page_cache

NAVIGATION_DEPTH = 3  # home is 2: its children are the site's top level
SITE_DEPTH = 2  # a site's root page (home.middleware remembers it)


def page_tags(page) -> set[str]:
    tags = {f"page:{page.pk}", "navigation"}
    tags.update(getattr(page.specific_deferred, "page_cache_tags", lambda: ())())
    return tags


def tag_served_page(page, request, serve_args, serve_kwargs):
    """before_serve_page, after Wagtail's own view restrictions: a page that
    asks for a password or a log-in never gets here."""
    page_cache.public(request, *page_tags(page))


def purge_page(page) -> None:
    specific = page.specific_deferred
    tags = [f"page:{page.pk}", *getattr(specific, "page_cache_purges", lambda: ())()]
    parent_path = page.path[: -page.steplen] if page.depth > 1 else ""
    if parent_path:
        from wagtail.models import Page

        parent_id = Page.objects.filter(path=parent_path).values_list("pk", flat=True)
        tags += [f"page:{pk}" for pk in parent_id]
    if page.depth <= NAVIGATION_DEPTH:
        tags.append("navigation")
    if page.depth <= SITE_DEPTH:
        tags.append("sites")
    page_cache.purge(*tags)


def on_site_changed(sender, instance, **kwargs):
    page_cache.purge("sites", "navigation")


def on_view_restriction_changed(sender, instance, **kwargs):
    # Every page carries "navigation": the whole site is served again through
    # Wagtail's checks.
    page_cache.purge("view-restrictions", "navigation")


def on_page_changed(sender, instance, **kwargs):
    purge_page(instance)


def on_page_moved(sender, instance, parent_page_before, parent_page_after, **kwargs):
    purge_page(instance)
    page_cache.purge(f"page:{parent_page_before.pk}", f"page:{parent_page_after.pk}")


def connect() -> None:
    from django.db.models.signals import post_delete, post_save
    from wagtail.models import Page, PageViewRestriction, Site
    from wagtail.signals import page_published, page_unpublished, post_page_move

    page_published.connect(on_page_changed, dispatch_uid="page_cache_published")
    page_unpublished.connect(on_page_changed, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(on_page_moved, dispatch_uid="page_cache_moved")
    post_delete.connect(on_page_changed, sender=Page, dispatch_uid="page_cache_gone")
    post_save.connect(on_site_changed, sender=Site, dispatch_uid="page_cache_site")
    post_delete.connect(
        on_site_changed, sender=Site, dispatch_uid="page_cache_site_gone"
    )
    for signal in (post_save, post_delete):
        signal.connect(
            on_view_restriction_changed,
            sender=PageViewRestriction,
            dispatch_uid=f"page_cache_restriction_{signal is post_save}",
        )
