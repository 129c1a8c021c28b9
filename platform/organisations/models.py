from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from home.models import SitePage, TopLevelSlugForm
from rumbo.regions import Region


class OrganisationKind(models.TextChoices):
    CITY_COUNCIL = "council", _("City council")
    CHAMBER = "chamber", _("Chamber of commerce")
    ASSOCIATION = "association", _("Business association")
    NGO = "ngo", _("NGO")
    UNIVERSITY = "university", _("University or school")
    OTHER = "other", _("Other organisation")


class OrganisationIndexPage(SitePage):
    """The directory of partner organisations of a locale."""

    intro = models.CharField(_("introduction"), max_length=300, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    base_form_class = TopLevelSlugForm
    parent_page_types = ["home.HomePage"]
    subpage_types = ["organisations.OrganisationPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("organisation directory")


class OrganisationPage(SitePage):
    """A partner's profile. Its news posts and events are its child pages, so
    that Wagtail's page permissions on this subtree are what lets its
    editors publish them and nothing else.

    Translations of one organisation share its editors' group and its
    collection of images and documents.
    """

    kind = models.CharField(
        _("kind"),
        max_length=20,
        choices=OrganisationKind.choices,
        default=OrganisationKind.ASSOCIATION,
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    town = models.CharField(_("town"), max_length=100)
    region = models.CharField(_("region"), max_length=8, choices=Region.choices)
    description = RichTextField(
        _("description"), blank=True, features=["bold", "italic", "link", "ul"]
    )
    website = models.URLField(_("website"), blank=True)
    editors = models.ForeignKey(
        "auth.Group",
        verbose_name=_("editors' group"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="organisations",
    )
    collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name=_("collection"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = Page.content_panels + [
        FieldPanel("kind"),
        FieldPanel("logo"),
        FieldPanel("town"),
        FieldPanel("region"),
        FieldPanel("description"),
        FieldPanel("website"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("description"),
        index.SearchField("town"),
        index.FilterField("region"),
    ]

    parent_page_types = ["organisations.OrganisationIndexPage"]
    subpage_types = ["news.NewsPostPage", "events.EventPage"]
    route_select_related = ("logo",)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
