"""The latest three posts of the locale on its home page."""

import pytest

from tests.factories.news import news_index, news_post, news_posts_bulk, picture

pytestmark = pytest.mark.django_db


def test_home_shows_the_latest_three_posts_of_its_locale(client, wall):
    for number in range(4):
        news_post(wall, title=f"Noticia de portada {number}")
    news_post(news_index("en"), title="English only")
    html = client.get("/es/").content.decode()
    assert "Latest news" in html or "Últimas noticias" in html
    shown = [n for n in range(4) if f"Noticia de portada {n}<" in html]
    assert shown == [1, 2, 3]
    assert "English only" not in html
    assert 'href="/es/news/"' in html


def test_home_without_posts_shows_no_news_section(client):
    assert 'id="latest-news-title"' not in client.get("/es/").content.decode()


def test_home_runs_a_fixed_number_of_queries(
    client, wall, partner, django_assert_max_num_queries
):
    news_posts_bulk(wall, 2000)
    news_post(partner, image=picture(), image_alt="Una feria")
    client.get("/es/")
    with django_assert_max_num_queries(15):
        assert client.get("/es/").status_code == 200
