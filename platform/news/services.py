"""Writes of the wall: what feature apps call when something happens on Rumbo.

Feature apps (courses, shop, mentoring) and the events app call these from
their receivers; the core imports none of them.
"""

from django.conf import settings
from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from wagtail.models import Page

from news.models import WALL_ITEMS_TAG, WallItem
from rumbo import page_cache

Kind = WallItem.Kind
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def wall_record(
    kind: str,
    *,
    key: str,
    person=None,
    titles: dict[str, str],
    urls: dict[str, str] | None = None,
    when=None,
) -> WallItem:
    """Record that ``kind`` happened about ``key`` (e.g. ``page:<uuid>``),
    once: recording it again only adds or updates its languages.

    ``person`` is a user or a user's id. ``titles`` and ``urls`` map language codes to the target's title and
    link in that language. Items with a ``person`` show only while that
    person lets the wall show their achievements (``User.show_on_wall``).
    """
    kind = Kind(kind)
    titles = {code: text[:300] for code, text in titles.items() if text}
    urls = {code: url for code, url in (urls or {}).items() if url}
    item = WallItem.objects.filter(kind=kind, key=key).first()
    if item is None:
        try:
            with transaction.atomic():
                item = WallItem.objects.create(
                    kind=kind,
                    key=key[:120],
                    person_id=getattr(person, "pk", person),
                    titles=titles,
                    urls=urls,
                    created_at=when or timezone.now(),
                )
        except IntegrityError:
            # Recorded meanwhile by a concurrent request: that one stands.
            item = WallItem.objects.get(kind=kind, key=key)
        else:
            page_cache.purge(WALL_ITEMS_TAG)
            return item
    merged_titles = {**item.titles, **titles}
    merged_urls = {**item.urls, **urls}
    if (merged_titles, merged_urls) != (item.titles, item.urls):
        item.titles, item.urls = merged_titles, merged_urls
        item.save(update_fields=["titles", "urls"])
        page_cache.purge(WALL_ITEMS_TAG)
    return item


def wall_forget(kind: str, *, key: str) -> int:
    """Remove what the wall says about ``key`` (a revoked certificate)."""
    deleted, _by_model = WallItem.objects.filter(kind=kind, key=key).delete()
    if deleted:
        page_cache.purge(WALL_ITEMS_TAG)
    return deleted


def page_wall_texts(page: Page) -> tuple[dict[str, str], dict[str, str]]:
    """A page's title and link in each language it is live in (its live
    translations), for ``wall_record``: one query."""
    titles, urls = {}, {}
    translations = (
        Page.objects.live()
        .filter(translation_key=page.translation_key)
        .select_related("locale")
    )
    for translation_page in translations:
        code = translation_page.locale.language_code
        titles[code] = translation_page.title
        urls[code] = translation_page.get_url()
    return titles, urls


def wall_record_page(kind: str, *, page: Page, person=None) -> WallItem | None:
    """Record that a page (a course, an event) was published, once for all
    its languages: a translation published later adds its language."""
    titles, urls = page_wall_texts(page)
    if not titles:
        return None
    return wall_record(
        kind,
        key=f"page:{page.translation_key}",
        person=person,
        titles=titles,
        urls=urls,
    )


def urls_in_languages(view_name: str, *args) -> dict[str, str]:
    """A URL of the site's own views (under /<lang>/) in every language."""
    from django.urls import reverse

    urls = {}
    for code in LANGUAGE_CODES:
        with translation.override(code):
            urls[code] = reverse(view_name, args=args)
    return urls
