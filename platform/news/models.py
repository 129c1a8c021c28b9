from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BODY_BLOCKS
from home.models import SitePage


class NewsIndexPage(SitePage):
    """The news wall of a locale: every live post, wherever in the tree it is
    published (the programme's own under this page, partners' under their
    organisation)."""

    intro = models.CharField(_("introduction"), max_length=300, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsPostPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("news wall")


class NewsPostPage(SitePage):
    date = models.DateTimeField(_("date"), default=timezone.now, db_index=True)
    summary = models.CharField(_("summary"), max_length=300, blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image_alt = models.CharField(
        _("image description"),
        max_length=200,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    body = StreamField(BODY_BLOCKS, blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [
        FieldPanel("date"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")
        ),
        FieldPanel("body"),
    ]
    search_fields = Page.search_fields + [index.SearchField("summary")]

    parent_page_types = ["news.NewsIndexPage", "organisations.OrganisationPage"]
    subpage_types: list[str] = []
    route_select_related = ("image",)

    class Meta:
        verbose_name = _("news post")
        verbose_name_plural = _("news posts")
