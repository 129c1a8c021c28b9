from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BODY_BLOCKS
from home.models import DescribedImage, SitePage


def posts_tag(locale_id) -> str:
    """The page-cache tag of everything that lists a locale's posts."""
    return f"news:{locale_id}"


# Wall items show on the wall of every language.
WALL_ITEMS_TAG = "news:wall-items"


class NewsIndexPage(RoutablePageMixin, SitePage):
    """The news wall of a locale: every live post, wherever in the tree it is
    published (the programme's own under this page, partners' under their
    organisation), what happens on Rumbo, and the locale's RSS and Atom
    feeds."""

    intro = models.CharField(_("introduction"), max_length=300, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPostPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news wall")

    def page_cache_tags(self):
        # The public page cache (home.page_cache): what the wall and its
        # feeds list.
        return [posts_tag(self.locale_id), WALL_ITEMS_TAG]

    def get_context(self, request, *args, **kwargs):
        from news.views import wall_context

        context = super().get_context(request, *args, **kwargs)
        context.update(wall_context(request, self))
        return context

    @path("feed/rss/", name="feed_rss")
    def feed_rss(self, request):
        from news.feeds import NewsRssFeed

        return NewsRssFeed(self)(request)

    @path("feed/atom/", name="feed_atom")
    def feed_atom(self, request):
        from news.feeds import NewsAtomFeed

        return NewsAtomFeed(self)(request)


class NewsPostTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsPostPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class NewsPostPage(DescribedImage, SitePage):
    """A post of the wall. Its parent is the programme's wall or the partner
    organisation that publishes it."""

    date = models.DateTimeField(_("date"), default=timezone.now, db_index=True)
    summary = models.CharField(_("summary"), max_length=300, blank=True)
    body = StreamField(BODY_BLOCKS, blank=True, verbose_name=_("body"))
    tags = ClusterTaggableManager(
        through=NewsPostTag, blank=True, verbose_name=_("tags")
    )

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("summary"),
        DescribedImage.image_panel,
        FieldPanel("body"),
        FieldPanel("tags"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("locale"),
    ]

    parent_page_types = ["news.NewsIndexPage", "organisations.OrganisationPage"]
    subpage_types: list[str] = []
    route_select_related = ("image",)

    class Meta:
        verbose_name = _("news post")
        verbose_name_plural = _("news posts")
        indexes = [models.Index(fields=["-date"], name="news_post_date_desc")]

    def page_cache_tags(self):
        # Its organisation's name and the links to its other languages show
        # with it (news.receivers purges the locale's posts when an
        # organisation changes).
        return [posts_tag(self.locale_id), f"translations:{self.translation_key}"]

    def page_cache_purges(self):
        # The wall, its feeds and the home page's latest news.
        return [posts_tag(self.locale_id), f"translations:{self.translation_key}"]

    def get_context(self, request, *args, **kwargs):
        from news.views import post_context

        context = super().get_context(request, *args, **kwargs)
        context.update(post_context(request, self))
        return context


class WallItem(models.Model):
    """Something that happened on Rumbo, for the wall's "On Rumbo now" stream.

    Its title and link are kept per language (``titles``, ``urls``: language
    code to text), as they were when it happened, so showing it costs no
    query in any language. One item per (kind, key): recording the same
    happening again only adds the languages it gained.
    """

    class Kind(models.TextChoices):
        COURSE_PUBLISHED = "course_published", _("Course published")
        SHOP_OPENED = "shop_opened", _("Shop opened")
        EVENT_ANNOUNCED = "event_announced", _("Event announced")
        CERTIFICATE_EARNED = "certificate_earned", _("Certificate earned")
        MENTORSHIP_COMPLETED = "mentorship_completed", _("Mentorship completed")

    kind = models.CharField(_("kind"), max_length=24, choices=Kind.choices)
    key = models.CharField(
        _("key"),
        max_length=120,
        help_text=_("What it is about, so that it is recorded once."),
    )
    person = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        null=True,
        blank=True,
        # Deleting an account removes what the wall said about the person.
        on_delete=models.CASCADE,
        related_name="wall_items",
    )
    titles = models.JSONField(_("titles"), default=dict, blank=True)
    urls = models.JSONField(_("links"), default=dict, blank=True)
    created_at = models.DateTimeField(_("when"), default=timezone.now)

    class Meta:
        verbose_name = _("wall item")
        verbose_name_plural = _("wall items")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.UniqueConstraint(fields=["kind", "key"], name="news_wallitem_once")
        ]
        indexes = [models.Index(fields=["-created_at", "-id"], name="news_wall_new")]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.title}"

    def _in_language(self, values: dict) -> tuple[str, str]:
        """The value in the active language, else the default one, else any,
        with the language it is written in."""
        for code in (get_language(), settings.LANGUAGE_CODE):
            if values.get(code):
                return values[code], code
        for code, value in values.items():
            if value:
                return value, code
        return "", ""

    @property
    def title(self) -> str:
        return self._in_language(self.titles)[0]

    @property
    def title_language(self) -> str:
        return self._in_language(self.titles)[1]

    @property
    def url(self) -> str:
        return self._in_language(self.urls)[0]
