"""The wall's and a post's context: filters, pagination, cards and the
"On Rumbo now" stream."""

from django.core.paginator import Paginator

from news import selectors
from news.forms import WallFilterForm

PER_PAGE = 12


def wall_context(request, page) -> dict:
    tags = selectors.wall_tags(page.locale_id)
    organisations = selectors.wall_organisations(page.locale_id)
    form = WallFilterForm(request.GET or None, tags=tags, organisations=organisations)
    values = form.cleaned_or_empty() if form.is_bound else {}
    tag = values.get("tag") or ""
    chosen = values.get("organisation") or ""
    if chosen == "programme":
        publisher = page
    else:
        publisher = next((o for o in organisations if str(o.pk) == chosen), None)
    posts = selectors.wall_posts(locale=page.locale_id, tag=tag, organisation=publisher)
    paginator = Paginator(selectors.with_cards(posts), PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    query = request.GET.copy()
    query.pop("page", None)
    url = page.get_url(request)
    return {
        "feed_rss_url": url + page.reverse_subpage("feed_rss"),
        "feed_atom_url": url + page.reverse_subpage("feed_atom"),
        "filter_form": form,
        "posts": selectors.post_cards(list(page_obj.object_list)),
        "page_obj": page_obj,
        "filtered": bool(tag or publisher),
        "querystring": query.urlencode(),
        "wall_items": selectors.wall_items_visible(),
    }


def post_context(request, post) -> dict:
    selectors.organisations_attach([post])
    return {
        "organisation": post.organisation,
        "tags": list(post.tags.order_by("name")),
        "wall": selectors.news_index_for(post.locale_id),
    }
