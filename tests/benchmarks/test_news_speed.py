"""How fast the news wall is with 10,000 posts (`make bench`).

10,000 live Spanish posts (half the programme's, half a partner's, tagged),
written in bulk, and 2,000 wall items (half about a person who opted in,
half about one who did not). Prints server time per request (median, p95)
and queries per request for the wall (plain, filtered by tag and by
organisation, a deep page), a post, the RSS and Atom feeds and the home page;
asserts only that things worked and the query budget, never a timing.
"""

import time

import pytest

from tests.benchmarks.timing import analyze, measure, print_figures
from tests.factories.news import (
    news_index,
    news_post,
    news_posts_bulk,
    picture,
    wall_items_bulk,
)
from tests.factories.users import UserFactory
from tests.news.conftest import organisation_page

POSTS = 10_000
WALL_ITEMS = 2_000
ROUNDS = 30
BUDGET = 15


@pytest.mark.django_db
def test_benchmark_news(client):
    start = time.perf_counter()
    wall = news_index("es")
    partner = organisation_page()
    news_posts_bulk(wall, POSTS // 2, tags=("networking", "ferias"))
    news_posts_bulk(partner, POSTS // 2, tags=("financiacion",), first=POSTS // 2)
    post = news_post(
        partner, tags=["networking"], image=picture(), image_alt="Una feria"
    )
    wall_items_bulk(WALL_ITEMS // 2, person=UserFactory(show_on_wall=True))
    wall_items_bulk(WALL_ITEMS // 2, person=UserFactory(show_on_wall=False))
    analyze()
    print(
        f"\n{POSTS + 1} posts and {WALL_ITEMS} wall items built in bulk in"
        f" {time.perf_counter() - start:.1f} s"
    )
    pages = {
        "wall": ("/es/news/", None),
        "wall, tag": ("/es/news/", {"tag": "networking"}),
        "wall, organisation": ("/es/news/", {"organisation": partner.pk}),
        "wall, page 400": ("/es/news/", {"page": 400}),
        "post": (post.url, None),
        "RSS feed": ("/es/news/feed/rss/", None),
        "Atom feed": ("/es/news/feed/atom/", None),
        "home (latest news)": ("/es/", None),
    }
    results = {
        name: measure(client, url, params, rounds=ROUNDS)
        for name, (url, params) in pages.items()
    }
    print_figures(f"News with {POSTS} posts (in-process, no page cache):", results)
    for name, figures in results.items():
        assert figures["queries"] <= BUDGET, name
