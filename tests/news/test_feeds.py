"""One RSS and one Atom feed per language, linked from the wall's head,
with absolute links, cached publicly and fresh after a publish."""

import xml.etree.ElementTree as ET

import pytest

from tests.factories.news import news_index, news_post

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"


def test_rss_lists_the_locales_posts_with_absolute_links(client, wall, partner):
    news_post(wall, title="Desayuno de networking en Huelva", tags=["networking"])
    news_post(partner, title="La cámara se une a Rumbo")
    news_post(news_index("pt"), title="Só em português")
    response = client.get("/es/news/feed/rss/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    assert channel.findtext("language") == "es"
    items = channel.findall("item")
    titles = [item.findtext("title") for item in items]
    assert titles == ["La cámara se une a Rumbo", "Desayuno de networking en Huelva"]
    for item in items:
        assert item.findtext("link").startswith("http://testserver/es/")
    networking = items[1]
    assert [c.text for c in networking.findall("category")] == ["networking"]


def test_atom_feed_per_language(client):
    news_post(news_index("pt"), title="Feira transfronteiriça em Elvas")
    response = client.get("/pt/news/feed/atom/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    assert [e.findtext(f"{ATOM}title") for e in entries] == [
        "Feira transfronteiriça em Elvas"
    ]
    link = entries[0].find(f"{ATOM}link").get("href")
    assert link.startswith("http://testserver/pt/news/")


def test_wall_links_its_feeds_in_the_head(client, wall):
    html = client.get("/es/news/").content.decode()
    head = html.split("</head>")[0]
    assert 'rel="alternate" type="application/rss+xml"' in head
    assert 'href="/es/news/feed/rss/"' in head
    assert 'href="/es/news/feed/atom/"' in head


def test_feed_is_cached_and_purged_when_a_post_is_published(client, wall):
    news_post(wall, title="Primera")
    first = client.get("/es/news/feed/rss/")
    again = client.get("/es/news/feed/rss/")
    assert again["X-Page-Cache"] == "hit"
    assert again.content == first.content
    news_post(wall, title="Segunda")
    fresh = client.get("/es/news/feed/rss/")
    assert b"Segunda" in fresh.content


def test_wall_and_home_are_purged_when_a_post_is_unpublished(client, wall):
    post = news_post(wall, title="Se retira")
    assert b"Se retira" in client.get("/es/news/").content
    assert b"Se retira" in client.get("/es/").content
    assert client.get("/es/").get("X-Page-Cache") == "hit"
    post.unpublish()
    assert b"Se retira" not in client.get("/es/news/").content
    assert b"Se retira" not in client.get("/es/").content


def test_wall_is_purged_when_a_post_is_deleted(client, wall):
    post = news_post(wall, title="Se borra")
    assert b"Se borra" in client.get("/es/news/").content
    post.delete()
    assert b"Se borra" not in client.get("/es/news/").content
