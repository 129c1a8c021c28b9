"""The demo's news: walls in three languages, 24+ posts with pictures and
alt text, translations linked, opted-in people on the wall; run twice, the
same."""

import pytest

from news.models import NewsIndexPage, NewsPostPage, WallItem
from tests.courses.certificates.factories import issued_certificate
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db


def test_news_seed_is_complete_and_idempotent(client):
    from demo.seeders.news import news_seed

    ana = UserFactory(email="ana@rumbo.example", display_name="Ana Martins")
    issued_certificate(user=ana)
    news_seed()
    walls = NewsIndexPage.objects.live()
    assert sorted(w.locale.language_code for w in walls) == ["en", "es", "pt"]
    assert {w.slug for w in walls} == {"news"}
    posts = NewsPostPage.objects.live()
    assert posts.count() >= 24
    for code in ("es", "pt", "en"):
        assert posts.filter(locale__language_code=code).count() >= 8
    assert all(post.image_id and post.image_alt for post in posts)
    assert all(post.tags.exists() for post in posts)
    # Translated stories share a key; some stories exist in one language only.
    keys = [post.translation_key for post in posts]
    assert any(keys.count(key) == 3 for key in keys)
    assert any(keys.count(key) == 1 for key in keys)
    ana.refresh_from_db()
    assert ana.show_on_wall
    assert WallItem.objects.filter(person=ana).exists()

    counts = (posts.count(), WallItem.objects.count())
    news_seed()
    assert (NewsPostPage.objects.live().count(), WallItem.objects.count()) == counts

    response = client.get("/es/news/")
    assert response.status_code == 200
    assert (
        len(response.context["posts"])
        == posts.filter(locale__language_code="es").count()
    )
    assert "Ana Martins" in response.content.decode()
    assert client.get("/pt/news/feed/rss/").status_code == 200


def test_partner_stories_go_under_the_demo_organisations():
    from demo.seeders.news import news_seed
    from tests.news.conftest import organisation_page

    partners = {
        code: [organisation_page(code, title=f"Entidad {code} {n}") for n in range(3)]
        for code in ("es", "pt", "en")
    }
    news_seed()
    for code, pages in partners.items():
        under = NewsPostPage.objects.live().filter(
            locale__language_code=code, path__startswith=pages[0].path[:-4]
        )
        assert under.exists()
    programme = NewsPostPage.objects.child_of(
        NewsIndexPage.objects.get(locale__language_code="es")
    )
    assert programme.exists()
