"""Odd input on the wall, its feeds and a post (the fuzz suite's values):
never a 500, never a script echoed back."""

import pytest

from tests.factories.news import news_post
from tests.fuzz.patterns import ODD_VALUES, Raw

pytestmark = pytest.mark.django_db

PARAMS = ("tag", "organisation", "page")


def _query(name: str, value) -> str:
    from urllib.parse import quote

    text = value.text if isinstance(value, Raw) else quote(str(value), safe="")
    return f"?{name}={text}"


@pytest.mark.parametrize("name", PARAMS)
def test_wall_and_feeds_never_fail_on_odd_values(client, wall, partner, name):
    news_post(wall, tags=["ferias"])
    news_post(partner)
    for path in ("/es/news/", "/es/news/feed/rss/", "/es/news/feed/atom/"):
        for value in ODD_VALUES:
            response = client.get(path + _query(name, value))
            assert response.status_code in (200, 400), (path, name, value)
            assert b"<script>alert(1)</script>" not in response.content


def test_post_and_unknown_routes_never_fail(client, wall):
    post = news_post(wall)
    for path in (
        post.url + "?page=abc",
        "/es/news/feed/",
        "/es/news/feed/json/",
        "/es/news/no-such-post/",
        "/es/news/%00/",
    ):
        assert client.get(path).status_code in (200, 400, 404), path
    assert client.post("/es/news/", {"tag": "x"}).status_code in (200, 403, 405)
