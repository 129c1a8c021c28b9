from zoneinfo import ZoneInfo

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from home.models import SitePage
from rumbo.regions import Region
from rumbo.spoken_languages import SpokenLanguagesField


class EventTimeZone(models.TextChoices):
    """Where the programme's events happen: mainland Spain and Portugal are an
    hour apart, the islands another hour."""

    MADRID = "Europe/Madrid", _("Spain (Madrid time)")
    CANARY = "Atlantic/Canary", _("Canary Islands")
    LISBON = "Europe/Lisbon", _("Portugal (Lisbon time)")
    MADEIRA = "Atlantic/Madeira", _("Madeira")
    AZORES = "Atlantic/Azores", _("Azores")


class EventFormat(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")


class EventIndexPage(SitePage):
    """The calendar of a locale: every live event, wherever in the tree it is
    published (the programme's own under this page, partners' under their
    organisation)."""

    intro = models.CharField(_("introduction"), max_length=300, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["events.EventPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("event calendar")


class EventPage(SitePage):
    """One event. ``start`` and ``end`` are instants (stored in UTC) shown in
    the event's own ``time_zone``. Registrations belong to the event across
    its translations (its ``translation_key``)."""

    description = RichTextField(
        _("description"), features=["bold", "italic", "link", "ul", "ol"]
    )
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
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    time_zone = models.CharField(
        _("time zone"),
        max_length=40,
        choices=EventTimeZone.choices,
        default=EventTimeZone.MADRID,
    )
    format = models.CharField(
        _("format"),
        max_length=12,
        choices=EventFormat.choices,
        default=EventFormat.IN_PERSON,
    )
    venue = models.CharField(_("venue"), max_length=150, blank=True)
    address = models.CharField(_("address"), max_length=250, blank=True)
    town = models.CharField(_("town"), max_length=100, blank=True)
    region = models.CharField(
        _("region"), max_length=8, choices=Region.choices, blank=True
    )
    online_url = models.URLField(
        _("online link"),
        blank=True,
        help_text=_("Shown only to people registered for the event."),
    )
    languages = SpokenLanguagesField(_("languages spoken"))
    capacity = models.PositiveIntegerField(
        _("capacity"),
        null=True,
        blank=True,
        help_text=_("Places available. Leave empty for no limit."),
    )
    registration_deadline = models.DateTimeField(
        _("registration closes"), null=True, blank=True
    )
    price = models.DecimalField(
        _("price"),
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        help_text=_("Paid on site. Leave empty for a free event."),
    )
    cancelled = models.BooleanField(_("cancelled"), default=False)

    content_panels = Page.content_panels + [
        FieldPanel("description"),
        MultiFieldPanel(
            [FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")
        ),
        MultiFieldPanel(
            [FieldPanel("start"), FieldPanel("end"), FieldPanel("time_zone")],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("format"),
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldPanel("town"),
                FieldPanel("region"),
                FieldPanel("online_url"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("languages"),
                FieldPanel("capacity"),
                FieldPanel("registration_deadline"),
                FieldPanel("price"),
                FieldPanel("cancelled"),
            ],
            heading=_("Registration"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("description"),
        index.SearchField("town"),
        index.SearchField("venue"),
        index.FilterField("region"),
        index.FilterField("start"),
    ]

    parent_page_types = ["events.EventIndexPage", "organisations.OrganisationPage"]
    subpage_types: list[str] = []
    route_select_related = ("image",)

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [models.Index(fields=["start"]), models.Index(fields=["region"])]

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)
