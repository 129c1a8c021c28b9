"""Editors write posts in Wagtail: an image needs its description; staff see
what the wall recorded."""

import pytest
from django.urls import reverse

from news.models import NewsPostPage
from tests.factories.news import picture, wall_item
from tests.factories.users import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    staff = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(staff)
    return client


def _add(client, wall, **fields):
    url = reverse("wagtailadmin_pages:add", args=("news", "newspostpage", wall.pk))
    data = {
        "title": "Feria en Elvas",
        "slug": "feria-en-elvas",
        "date": "2026-12-01 10:00",
        "summary": "Sesenta puestos.",
        "image_alt": "",
        "body-count": "0",
        "tags": "ferias, transfronterizo",
        "action-publish": "publish",
        **fields,
    }
    return client.post(url, data)


def test_an_image_without_its_description_is_refused(editor, wall):
    image = picture()
    response = _add(editor, wall, image=image.pk)
    assert response.status_code == 200
    assert not NewsPostPage.objects.filter(slug="feria-en-elvas").exists()
    assert "Describe la imagen" in response.content.decode()


def test_a_post_with_image_and_description_is_published_with_its_tags(editor, wall):
    response = _add(editor, wall, image=picture().pk, image_alt="Puestos de feria")
    assert response.status_code == 302
    post = NewsPostPage.objects.get(slug="feria-en-elvas")
    assert post.live
    assert sorted(post.tags.names()) == ["ferias", "transfronterizo"]
    assert editor.get("/es/news/?tag=ferias").context["posts"] == [post]


def test_staff_list_and_inspect_wall_items(editor):
    item = wall_item(titles={"es": "Curso de marketing"})
    listing = editor.get(reverse("wall_items:index"))
    assert listing.status_code == 200
    assert "Curso de marketing" in listing.content.decode()
    assert editor.get(reverse("wall_items:inspect", args=(item.pk,))).status_code == 200


def test_nobody_adds_or_edits_a_wall_item_by_hand(editor):
    item = wall_item()
    assert editor.get(reverse("wall_items:add")).status_code in (302, 403)
    assert editor.get(reverse("wall_items:edit", args=(item.pk,))).status_code in (
        302,
        403,
    )
    response = editor.post(reverse("wall_items:delete", args=(item.pk,)))
    assert response.status_code == 302
    assert not type(item).objects.filter(pk=item.pk).exists()
