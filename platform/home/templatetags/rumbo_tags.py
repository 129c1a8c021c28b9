"""Template tags for the site-wide layout."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page

from home.translations import live_translations

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context) -> list[dict]:
    """The current page in each language, for the language switcher.

    A Wagtail page links to its translation (slugs may differ per locale), or,
    where it has none, to its parent's (a lesson not translated yet leads to
    its course), or to that language's home; any other view links to the same
    URL under the other language prefix.
    """
    request = context.get("request")
    path = request.get_full_path() if request else "/"
    page = context.get("page")
    codes = [code for code, _name in settings.LANGUAGES]
    if isinstance(page, Page) and page.pk:
        translations = _translation_urls(page)
        if not set(codes) <= set(translations) and page.depth > 2:
            # The parent came with the page when Wagtail routed to it.
            fallback = _translation_urls(page.get_parent())
            translations = (
                {code: f"/{code}/" for code in codes} | fallback | translations
            )
    else:
        translations = {}
    current = get_language()
    links = []
    for code in codes:
        url = translations.get(code) or translate_url(path, code)
        links.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": url,
                "current": code == current,
            }
        )
    return links


def _translation_urls(page) -> dict[str, str]:
    return {p.locale.language_code: p.url for p in live_translations(page)}


@register.filter
def area_url(site_links, area: str) -> str:
    return site_links["area_urls"].get(area, "#")
