"""News walls, posts and wall items for tests, built under the real tree.

Plain functions, as for courses: Wagtail pages need ``add_child``. Thousands
of posts go in bulk (``news_posts_bulk``), as the benchmarks' courses do.
"""

import io
from datetime import timedelta
from itertools import count

from django.core.files.images import ImageFile
from django.utils import timezone
from PIL import Image as PILImage
from taggit.models import Tag
from wagtail.images import get_image_model

from home.models import HomePage
from news.models import NewsIndexPage, NewsPostPage, NewsPostTag, WallItem
from tests.benchmarks.data import children_bulk

_numbers = count(1)


def news_index(locale: str = "es") -> NewsIndexPage:
    """The locale's news wall (slug "news"), created under its home if missing."""
    home = HomePage.objects.get(locale__language_code=locale)
    index = NewsIndexPage.objects.child_of(home).first()
    if index is None:
        index = home.add_child(
            instance=NewsIndexPage(title="Noticias", slug="news", locale=home.locale)
        )
    return index


def picture(title: str = "Foto", colour=(11, 93, 99)):
    """A small Wagtail image drawn in memory."""
    buffer = io.BytesIO()
    PILImage.new("RGB", (64, 36), colour).save(buffer, "PNG")
    return get_image_model().objects.create(
        title=title, file=ImageFile(buffer, name=f"{title}.png")
    )


def news_post(parent=None, *, tags=(), publish: bool = True, **kwargs) -> NewsPostPage:
    """A post under ``parent`` (the Spanish wall by default), published
    through a revision as an editor would (so Wagtail's signals fire)."""
    parent = parent or news_index()
    number = next(_numbers)
    fields = {
        "title": f"Noticia {number}",
        "slug": f"noticia-{number}",
        "summary": "Lo que pasó en la red.",
        "locale": parent.locale,
        **kwargs,
    }
    post = NewsPostPage(**fields)
    post.live = False
    parent.add_child(instance=post)
    for name in tags:
        post.tags.add(name)
    revision = post.save_revision()
    if publish:
        revision.publish()
        post.refresh_from_db()
    return post


def news_posts_bulk(parent, n: int, *, tags=("emprender",), first: int = 0) -> list:
    """``n`` live posts under ``parent`` written in bulk, newest first by
    number, each tagged with ``tags``: thousands take seconds."""
    now = timezone.now()
    posts = [
        NewsPostPage(
            title=f"Noticia masiva {number}",
            slug=f"masiva-{number}",
            summary="Resumen.",
            locale_id=parent.locale_id,
            date=now - timedelta(minutes=number),
        )
        for number in range(first, first + n)
    ]
    children_bulk(parent, posts)
    tag_rows = [Tag.objects.get_or_create(name=name, slug=name)[0] for name in tags]
    NewsPostTag.objects.bulk_create(
        [
            NewsPostTag(tag=tag, content_object_id=post.pk)
            for post in posts
            for tag in tag_rows
        ],
        batch_size=1000,
    )
    return posts


def wall_item(kind=WallItem.Kind.COURSE_PUBLISHED, *, person=None, **kwargs):
    number = next(_numbers)
    fields = {
        "key": f"test:{number}",
        "titles": {"es": f"Cosa {number}", "en": f"Thing {number}"},
        "urls": {"es": f"/es/cosa-{number}/", "en": f"/en/thing-{number}/"},
        **kwargs,
    }
    return WallItem.objects.create(kind=kind, person=person, **fields)


def wall_items_bulk(n: int, *, person=None, kind=WallItem.Kind.CERTIFICATE_EARNED):
    now = timezone.now()
    return WallItem.objects.bulk_create(
        [
            WallItem(
                kind=kind,
                key=f"bulk:{kind}:{number}:{getattr(person, 'pk', 0)}",
                person=person,
                titles={"es": f"Curso {number}"},
                urls={"es": f"/es/c/{number}/"},
                created_at=now - timedelta(seconds=number),
            )
            for number in range(n)
        ],
        batch_size=1000,
    )
