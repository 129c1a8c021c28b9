"""Reads of the wall: posts, their cards, tags, organisations and what happens
on Rumbo, each in a fixed number of queries whatever the numbers."""

from django.db.models import Count, Prefetch, Q, QuerySet
from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.models import Locale

from news.models import NewsIndexPage, NewsPostPage, NewsPostTag, WallItem, posts_tag
from organisations.models import OrganisationPage
from rumbo import page_cache

CARD_RENDITION = "fill-640x360"
POST_RENDITION = "width-960"
WALL_ITEMS_SHOWN = 10
WALL_ITEMS_PER_KIND = 2
WALL_ITEMS_READ_FACTOR = 5
TAGS_SHOWN = 30


def wall_posts(
    *, locale: Locale | int, tag: str = "", organisation=None
) -> QuerySet[NewsPostPage]:
    """Live posts of a locale, newest first, wherever they are in the tree;
    with a tag (its slug) or an organisation (a page) only theirs."""
    posts = NewsPostPage.objects.live().filter(locale=locale)
    if tag:
        posts = posts.filter(
            pk__in=NewsPostTag.objects.filter(tag__slug=tag).values("content_object")
        )
    if organisation is not None:
        posts = posts.child_of(organisation)
    return posts.order_by("-date", "-pk")


def with_cards(
    posts: QuerySet[NewsPostPage], *, rendition: str = CARD_RENDITION
) -> QuerySet[NewsPostPage]:
    """``posts`` with what their cards show: the image and its rendition, and
    the tags (a query each, however many posts are read)."""
    images = get_image_model().objects.prefetch_renditions(rendition)
    return posts.prefetch_related(
        Prefetch("image", queryset=images),
        Prefetch(
            "tagged_items",
            queryset=NewsPostTag.objects.select_related("tag").order_by("tag__name"),
        ),
    )


def post_cards(posts: QuerySet[NewsPostPage]) -> list[NewsPostPage]:
    """The posts (a sliced queryset) with their cards loaded, organisation
    included."""
    posts = list(with_cards(posts)) if isinstance(posts, QuerySet) else list(posts)
    organisations_attach(posts)
    return posts


def organisations_attach(posts) -> None:
    """Set each post's ``organisation``: the partner page it is published
    under, or None for the programme's own. One query for all of them."""
    parent_paths = {post.path[: -post.steplen] for post in posts}
    organisations = {
        organisation.path: organisation
        for organisation in OrganisationPage.objects.filter(path__in=parent_paths).only(
            "title", "path", "url_path", "depth", "slug", "locale_id", "live"
        )
    }
    for post in posts:
        post.organisation = organisations.get(post.path[: -post.steplen])


def post_tags(post: NewsPostPage) -> list[Tag]:
    return [item.tag for item in post.tagged_items.all()]


def wall_tags(locale: Locale | int) -> list[Tag]:
    """The tags of a locale's live posts, the most used first; remembered
    until a post or an organisation of the locale changes (no query then)."""
    locale_id = getattr(locale, "pk", locale)

    def build():
        posts = NewsPostPage.objects.live().filter(locale=locale_id).values("pk")
        return list(
            Tag.objects.filter(news_newsposttag_items__content_object__in=posts)
            .annotate(uses=Count("news_newsposttag_items"))
            .order_by("-uses", "name")[:TAGS_SHOWN]
        )

    return page_cache.remembered(
        f"news:tags:{locale_id}", [posts_tag(locale_id)], build
    )


def wall_organisations(locale: Locale | int) -> list:
    """A locale's live partner organisations, for the wall's filter;
    remembered like the tags."""
    locale_id = getattr(locale, "pk", locale)

    def build():
        return list(
            OrganisationPage.objects.live()
            .filter(locale=locale_id)
            .order_by("title")
            .only("title", "path", "url_path", "depth", "slug", "locale_id", "live")
        )

    return page_cache.remembered(
        f"news:organisations:{locale_id}", [posts_tag(locale_id)], build
    )


def wall_items_visible(
    *, limit: int = WALL_ITEMS_SHOWN, per_kind: int = WALL_ITEMS_PER_KIND
) -> list[WallItem]:
    """The latest happenings on Rumbo that may be shown: about no one, or
    about someone who has chosen to show theirs (read now, so opting out
    hides them at once).

    Each kind first gets up to ``per_kind`` places among the latest few
    dozen, the rest go to the newest, so that a burst of one kind (a
    partner publishing its season's events) does not push a person's
    certificate off the wall. One query.
    """
    recent = list(
        WallItem.objects.filter(
            Q(person__isnull=True) | Q(person__show_on_wall=True)
        ).select_related("person")[: limit * WALL_ITEMS_READ_FACTOR]
    )
    chosen, per = set(), {}
    for item in recent:
        if per.get(item.kind, 0) < per_kind and len(chosen) < limit:
            per[item.kind] = per.get(item.kind, 0) + 1
            chosen.add(item.pk)
    for item in recent:
        if len(chosen) == limit:
            break
        chosen.add(item.pk)
    return [item for item in recent if item.pk in chosen]


def wall_items_of(user) -> QuerySet[WallItem]:
    return WallItem.objects.filter(person=user).order_by("created_at", "pk")


def news_index_for(locale: Locale | int) -> NewsIndexPage | None:
    return NewsIndexPage.objects.live().filter(locale=locale).first()


def latest_posts(locale: Locale | int, *, count: int = 3) -> list[NewsPostPage]:
    """The newest posts of a locale, with their cards loaded."""
    return post_cards(wall_posts(locale=locale)[:count])
