"""The home page's latest news, without the home app knowing the news app's
models: ``{% load news_tags %}{% latest_news %}``."""

from django import template

from news import selectors
from news.models import posts_tag
from rumbo import page_cache

register = template.Library()


@register.inclusion_tag("news/includes/latest_news.html", takes_context=True)
def latest_news(context, count: int = 3):
    page = context.get("page")
    request = context.get("request")
    if page is None:
        return {}
    if request is not None:
        # The page showing them goes stale when a post of its locale changes.
        page_cache.public(request, posts_tag(page.locale_id))
    index = selectors.news_index_for(page.locale_id)
    return {
        "latest_posts": selectors.latest_posts(page.locale_id, count=count),
        "news_url": index.get_url(request) if index else "",
        "request": request,
    }
