from zoneinfo import ZoneInfo

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from events.forms import EventPageForm
from home.models import DescribedImage, SitePage
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


class EventTopic(models.TextChoices):
    """What an event is about: one fixed list, translated, so the calendar
    filters by it in every language alike."""

    NETWORKING = "networking", _("Networking")
    FINANCING = "financing", _("Financing and grants")
    MARKETING = "marketing", _("Marketing and sales")
    DIGITAL = "digital", _("Digital skills")
    CROSS_BORDER = "cross_border", _("Cross-border trade")
    STARTING = "starting", _("Starting a business")
    LEGAL = "legal", _("Legal and tax matters")
    TOURISM = "tourism", _("Tourism")


class EventIndexPage(RoutablePageMixin, SitePage):
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

    def page_cache_tags(self):
        # The public page cache (home.page_cache): every event of the locale,
        # wherever it is published, and their organisers' names.
        return [f"events:{self.locale_id}"]

    @path("")
    def index_route(self, request):
        from events.views import calendar_list

        return calendar_list(request, self)

    @path("month/")
    def this_month_route(self, request):
        from events.views import calendar_month

        return calendar_month(request, self, None, None)

    @re_path(r"^month/(?P<year>\d{4})/(?P<month>\d{1,2})/$")
    def month_route(self, request, year, month):
        from events.views import calendar_month

        return calendar_month(request, self, int(year), int(month))


class EventPage(DescribedImage, SitePage):
    """One event. ``start`` and ``end`` are instants (stored in UTC) shown in
    the event's own ``time_zone``. Registrations belong to the event across
    its translations (its ``translation_key``)."""

    description = RichTextField(
        _("description"), features=["bold", "italic", "link", "ul", "ol"]
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
    topic = models.CharField(
        _("topic"), max_length=20, choices=EventTopic.choices, blank=True
    )

    content_panels = Page.content_panels + [
        FieldPanel("description"),
        DescribedImage.image_panel,
        MultiFieldPanel(
            [FieldPanel("time_zone"), FieldPanel("start"), FieldPanel("end")],
            heading=_("When"),
            help_text=_("Times are in the event's time zone, wherever you are."),
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
        FieldPanel("topic"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("description"),
        index.SearchField("town"),
        index.SearchField("venue"),
        index.FilterField("region"),
        index.FilterField("start"),
        index.FilterField("topic"),
    ]

    base_form_class = EventPageForm
    parent_page_types = ["events.EventIndexPage", "organisations.OrganisationPage"]
    subpage_types: list[str] = []
    route_select_related = ("image",)

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        indexes = [
            models.Index(fields=["start"]),
            models.Index(fields=["region"]),
            models.Index(fields=["end"], name="events_event_end_idx"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(end__gt=models.F("start")),
                name="events_event_ends_after_start",
                violation_error_message=_("The event must end after it starts."),
            ),
            models.CheckConstraint(
                condition=models.Q(capacity__isnull=True) | models.Q(capacity__gte=1),
                name="events_event_capacity_positive",
                violation_error_message=_(
                    "Capacity must be at least one place. Leave it empty for no limit."
                ),
            ),
        ]

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    @property
    def start_local(self):
        """The start in the event's own time zone (reports, exports)."""
        return timezone.localtime(self.start, self.zone)

    @property
    def is_online(self) -> bool:
        return self.format == EventFormat.ONLINE

    def page_cache_tags(self):
        # The links to its other languages; its organiser's name is added
        # when the page is rendered (events.views.event_context).
        return [f"translations:{self.translation_key}"]

    def page_cache_purges(self):
        return [f"events:{self.locale_id}", f"translations:{self.translation_key}"]

    def get_context(self, request, *args, **kwargs):
        from events.views import event_context

        context = super().get_context(request, *args, **kwargs)
        context.update(event_context(request, self))
        return context
