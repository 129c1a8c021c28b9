"""Demo news: the wall under each locale's home (slug "news"), 32 posts by
the programme and the demo's partner organisations in Spanish, Portuguese
and English (most stories translated, some in one language only), and what
happened on Rumbo for the wall's "On Rumbo now".

demo/data/news.json holds the stories. A story ``by`` "programme" goes under
the wall; ``by`` a number goes under the locale's organisation at that place
(in tree order), or under the wall when the organisations seeder made none.
Translations share their story's translation key, so the language switcher
links them. Pictures are drawn locally (demo.illustrations) and described
per language. Idempotent: posts are matched by locale and slug, and wall
items by what they are about.
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.html import escape
from django.utils.text import slugify

from demo import illustrations
from demo.content import load
from demo.seeders.courses import _image_ensure
from home.models import HomePage
from home.services import child_page_ensure, locales_ensure
from news.models import NewsIndexPage, NewsPostPage

LANGS = ("es", "pt", "en")


def _wall_ensure(locales) -> dict:
    content = load("news")["wall"]
    home = HomePage.objects.get(locale=locales["es"])
    child_page_ensure(
        home,
        NewsIndexPage,
        locales,
        fields_for=lambda code: content[code],
        slug_for=lambda code: "news",
    )
    return {
        code: NewsIndexPage.objects.get(locale=locale)
        for code, locale in locales.items()
    }


def _organisations(locales) -> dict[str, list]:
    try:
        from organisations.models import OrganisationPage
    except ImportError:  # pragma: no cover  (the app is part of the core)
        return {code: [] for code in locales}
    return {
        code: list(OrganisationPage.objects.filter(locale=locale).order_by("path"))
        for code, locale in locales.items()
    }


def _picture(story: dict):
    return _image_ensure(
        f"News picture: {story['key']}",
        f"news-{story['key']}.png",
        lambda: illustrations.cover_png(
            story["motifs"], story["palette"], story["key"]
        ),
    )


def _parent(story: dict, code: str, walls: dict, organisations: dict):
    by = story["by"]
    partners = organisations[code]
    if by == "programme" or not partners:
        return walls[code]
    return partners[by % len(partners)]


def _post_ensure(story, code, parent, locale, picture, translation_key, now):
    text = story[code]
    slug = slugify(text["title"])[:80]
    post = NewsPostPage.objects.filter(locale=locale, slug=slug).first()
    if post is not None:
        return post, False
    post = NewsPostPage(
        title=text["title"],
        slug=slug,
        locale=locale,
        date=now - timedelta(days=story["days_ago"], hours=LANGS.index(code)),
        summary=text["summary"],
        image=picture,
        image_alt=text["alt"],
        body=[
            {"type": "paragraph", "value": f"<p>{escape(paragraph)}</p>"}
            for paragraph in text["body"]
        ],
        live=False,
    )
    if translation_key is not None:
        post.translation_key = translation_key
    parent.add_child(instance=post)
    for tag in text["tags"]:
        post.tags.add(tag)
    # Published as an editor would, so the wall and its feeds are purged.
    post.save_revision().publish()
    return post, True


def _posts_ensure(locales, walls, organisations) -> int:
    created = 0
    now = timezone.now()
    for story in load("news")["stories"]:
        picture = _picture(story)
        translation_key = None
        for code in LANGS:
            if code not in story:
                continue
            parent = _parent(story, code, walls, organisations)
            post, new = _post_ensure(
                story, code, parent, locales[code], picture, translation_key, now
            )
            translation_key = post.translation_key
            created += new
    return created


def _wall_items_ensure() -> int:
    """The demo's people who show their achievements (Ana's certificate), and
    what the wall would have heard had it existed when the other seeders ran
    (it records nothing twice)."""
    from django.contrib.auth import get_user_model
    from wagtail.models import Page

    from news.models import WallItem
    from news.services import Kind, urls_in_languages, wall_record, wall_record_page

    User = get_user_model()
    before = WallItem.objects.count()
    for user in User.objects.filter(email__in=load("news")["opted_in"]):
        if not user.show_on_wall:
            user.show_on_wall = True
            user.save(update_fields=["show_on_wall"])
        for certificate in user.certificates.filter(revoked_at__isnull=True):
            wall_record(
                Kind.CERTIFICATE_EARNED,
                key=f"certificate:{certificate.code}",
                person=user,
                titles={certificate.language: certificate.course_title},
                urls=urls_in_languages("certificates:verify", certificate.code),
                when=certificate.issued_at,
            )
    # Courses and events published before the wall listened.
    for label, kind in (
        ("courses.coursepage", Kind.COURSE_PUBLISHED),
        ("events.eventpage", Kind.EVENT_ANNOUNCED),
    ):
        app_label, model = label.split(".")
        pages = Page.objects.live().filter(
            content_type__app_label=app_label, content_type__model=model
        )
        seen = set()
        now = timezone.now()
        for page in pages.order_by("first_published_at"):
            if page.translation_key in seen:
                continue
            seen.add(page.translation_key)
            end = getattr(page.specific_deferred, "end", None)
            if end is not None and end <= now:
                continue  # as the wall does: a past event is not news
            if not WallItem.objects.filter(
                kind=kind, key=f"page:{page.translation_key}"
            ).exists():
                item = wall_record_page(kind, page=page)
                if item is not None and page.first_published_at:
                    WallItem.objects.filter(pk=item.pk).update(
                        created_at=page.first_published_at
                    )
    return WallItem.objects.count() - before


@transaction.atomic
def news_seed() -> str:
    locales = locales_ensure()
    locales = {code: locales[code] for code in LANGS if code in locales}
    walls = _wall_ensure(locales)
    organisations = _organisations(locales)
    created = _posts_ensure(locales, walls, organisations)
    items = _wall_items_ensure()
    total = NewsPostPage.objects.live().count()
    return (
        f"news: {total} posts on the walls ({created} new), "
        f"{items} new items on the wall"
    )


def seed() -> str | None:
    return news_seed()
