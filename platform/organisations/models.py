import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from home.models import SitePage, TopLevelSlugForm
from organisations.permissions import OrganisationPagePermissionTester
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

    def page_cache_tags(self):
        # The public page cache (home.page_cache): the locale's organisations.
        return [f"organisations:{self.locale_id}"]

    def get_context(self, request, *args, **kwargs):
        from organisations.views import directory_context

        context = super().get_context(request, *args, **kwargs)
        context.update(directory_context(request, self))
        return context


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

    def permissions_for_user(self, user):
        # Page.permissions_for_user lets a page type give its own tester,
        # which every admin button, menu item and view then asks.
        return OrganisationPagePermissionTester(user, self)

    def with_content_json(self, content):
        # A revision saved before the editors' group and collection were set
        # (the first one, in the admin) must not unset them when published or
        # reverted to: they are not content.
        obj = super().with_content_json(content)
        obj.editors_id = self.editors_id
        obj.collection_id = self.collection_id
        return obj

    def page_cache_tags(self):
        # Its news and events are child pages: publishing one purges this page
        # (home.page_cache purges the parent). Links to its other languages.
        return [f"translations:{self.translation_key}"]

    def page_cache_purges(self):
        return [
            f"organisations:{self.locale_id}",
            f"translations:{self.translation_key}",
        ]

    def get_context(self, request, *args, **kwargs):
        from organisations.selectors import organisation_latest

        context = super().get_context(request, *args, **kwargs)
        context.update(organisation_latest(self))
        return context


INVITATION_VALID_FOR = timedelta(days=14)


def new_token() -> str:
    return secrets.token_urlsafe(32)


class Invitation(models.Model):
    """An email address invited by staff to edit for an organisation.

    The organisation is one of its translations; its editors' group, shared
    by all of them, is what accepting joins. The token travels only in the
    email; accepting needs a signed-in user with that address verified.
    """

    email = models.EmailField(_("email"))
    organisation = models.ForeignKey(
        OrganisationPage,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="invitations",
    )
    language = models.CharField(
        _("language of the email"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    token = models.CharField(max_length=64, unique=True, default=new_token)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created = models.DateTimeField(_("created"), default=timezone.now)
    accepted_at = models.DateTimeField(_("accepted"), null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("accepted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="organisation_invitations",
    )

    class Meta:
        verbose_name = _("editor invitation")
        verbose_name_plural = _("editor invitations")
        ordering = ["-created"]
        permissions = [
            ("invite_editor", _("Can invite and remove organisation editors")),
        ]

    def __str__(self) -> str:
        return self.email

    @property
    def expires_at(self):
        return self.created + INVITATION_VALID_FOR

    @property
    def is_expired(self) -> bool:
        return timezone.now() >= self.expires_at
