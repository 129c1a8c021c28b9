"""The wall /<lang>/news/: the locale's posts wherever they live, newest
first, filtered by topic and organisation, in pages of 12, never a 500."""

from datetime import timedelta

import pytest
from django.utils import timezone

from news.models import NewsPostPage, WallItem
from tests.factories.news import news_index, news_post, news_posts_bulk, picture
from tests.news.conftest import organisation_page

pytestmark = pytest.mark.django_db


def _titles(response) -> list[str]:
    return [post.title for post in response.context["posts"]]


def test_wall_lists_programme_and_partner_posts_newest_first(client, wall, partner):
    now = timezone.now()
    old = news_post(wall, title="Desayuno de networking", date=now - timedelta(days=3))
    new = news_post(partner, title="Nueva entidad socia", date=now - timedelta(days=1))
    response = client.get("/es/news/")
    assert response.status_code == 200
    assert _titles(response) == [new.title, old.title]
    html = response.content.decode()
    assert partner.title in html  # the organisation's name on the card
    assert partner.url in html


def test_wall_shows_only_its_locale(client, wall):
    news_post(wall, title="Solo en español")
    news_post(news_index("pt"), title="Só em português")
    assert _titles(client.get("/es/news/")) == ["Solo en español"]
    assert _titles(client.get("/pt/news/")) == ["Só em português"]


def test_drafts_are_not_on_the_wall(client, wall):
    news_post(wall, title="Borrador", publish=False)
    assert _titles(client.get("/es/news/")) == []


def test_filter_by_tag(client, wall):
    news_post(wall, title="Feria transfronteriza", tags=["ferias"])
    news_post(wall, title="Convocatoria de ayudas", tags=["financiacion"])
    response = client.get("/es/news/", {"tag": "ferias"})
    assert _titles(response) == ["Feria transfronteriza"]
    assert response.context["filtered"]


def test_filter_by_organisation_and_by_the_programme(client, wall, partner):
    news_post(wall, title="Del programa")
    news_post(partner, title="De la cámara")
    assert _titles(client.get("/es/news/", {"organisation": partner.pk})) == [
        "De la cámara"
    ]
    assert _titles(client.get("/es/news/", {"organisation": "programme"})) == [
        "Del programa"
    ]


@pytest.mark.parametrize(
    "params",
    [
        {"tag": "no-existe"},
        {"organisation": "999999"},
        {"organisation": "abc"},
        {"page": "abc"},
        {"page": "99999"},
        {"page": "-1"},
        {"tag": "x" * 5000},
    ],
)
def test_bad_filters_never_fail(client, wall, params):
    news_post(wall, title="Una noticia")
    response = client.get("/es/news/", params)
    assert response.status_code == 200
    # An unknown value is ignored (all posts) or matches nothing.
    assert _titles(response) in (["Una noticia"], [])


def test_another_locales_organisation_is_ignored(client, wall):
    portuguese = organisation_page("pt", title="Câmara do Porto")
    news_post(wall, title="Una noticia")
    response = client.get("/es/news/", {"organisation": portuguese.pk})
    assert _titles(response) == ["Una noticia"]
    assert not response.context["filtered"]


def test_nul_in_the_tag_is_refused_cleanly(client, wall):
    response = client.get("/es/news/?tag=a%00b")
    assert response.status_code == 400


def test_pages_of_twelve(client, wall):
    news_posts_bulk(wall, 30)
    first = client.get("/es/news/")
    assert len(first.context["posts"]) == 12
    assert first.context["page_obj"].paginator.num_pages == 3
    last = client.get("/es/news/", {"page": 3})
    assert len(last.context["posts"]) == 6
    assert 'rel="prev"' in last.content.decode()


def test_card_shows_image_with_its_alt_text(client, wall):
    news_post(wall, image=picture(), image_alt="Personas en un desayuno")
    html = client.get("/es/news/").content.decode()
    assert 'alt="Personas en un desayuno"' in html


def test_post_page_shows_organisation_and_tags(client, partner, wall):
    post = news_post(
        partner,
        title="Premios",
        tags=["premios"],
        image=picture(),
        image_alt="Un trofeo",
    )
    response = client.get(post.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert partner.title in html
    assert "/es/news/?tag=premios" in html
    assert 'alt="Un trofeo"' in html


def test_wall_runs_a_fixed_number_of_queries(
    client, wall, partner, django_assert_max_num_queries
):
    news_posts_bulk(wall, 1000, tags=("ferias", "ayudas"))
    news_posts_bulk(partner, 1000, tags=("ferias",), first=1000)
    from tests.factories.news import wall_items_bulk
    from tests.factories.users import UserFactory

    wall_items_bulk(1000, person=UserFactory(show_on_wall=True))
    wall_items_bulk(1000, kind=WallItem.Kind.SHOP_OPENED)
    for params in ({}, {"tag": "ferias"}, {"organisation": partner.pk}, {"page": 50}):
        # The first visit fills what the site keeps between requests (the
        # navigation, the wall's filters), as any visitor before would have.
        client.get("/es/news/", params)
        with django_assert_max_num_queries(15):
            response = client.get("/es/news/", params)
        assert len(response.context["posts"]) == 12
        assert len(response.context["wall_items"]) == 10


def test_post_page_runs_a_fixed_number_of_queries(
    client, partner, django_assert_max_num_queries
):
    news_posts_bulk(partner, 2000)
    post = news_post(partner, tags=["a", "b", "c"], image=picture(), image_alt="x")
    client.get(post.url)
    with django_assert_max_num_queries(15):
        assert client.get(post.url).status_code == 200


def test_alt_text_is_required_with_an_image(wall):
    from django.core.exceptions import ValidationError

    post = NewsPostPage(title="Sin alt", slug="sin-alt", image=picture(), image_alt=" ")
    with pytest.raises(ValidationError) as caught:
        post.clean()
    assert "image_alt" in caught.value.message_dict
    NewsPostPage(title="Sin imagen", slug="sin-imagen").clean()


def test_a_draft_or_unpublished_post_is_not_served(client, wall):
    draft = news_post(wall, title="Borrador", publish=False)
    assert client.get(f"/es/news/{draft.slug}/").status_code == 404
    gone = news_post(wall, title="Retirada")
    assert client.get(gone.url).status_code == 200
    gone.unpublish()
    assert client.get(f"/es/news/{gone.slug}/").status_code == 404
    assert b"Retirada" not in client.get("/es/news/feed/rss/").content


def test_a_tag_beyond_the_most_used_still_filters(client, wall, monkeypatch):
    from news import selectors

    monkeypatch.setattr(selectors, "TAGS_SHOWN", 1)
    news_post(wall, title="Común", tags=["comun"])
    news_post(wall, title="Común 2", tags=["comun"])
    news_post(wall, title="Rara", tags=["rara"])
    response = client.get("/es/news/", {"tag": "rara"})
    assert _titles(response) == ["Rara"]
    assert '<option value="rara" selected>' in response.content.decode()
