from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page
from wagtail.search import index

from home.blocks import BODY_BLOCKS

# The URLconf serves these before Wagtail's catch-all, so a top-level page with
# one of these slugs would never be reached.
RESERVED_SLUGS = frozenset(
    {
        "shop",
        "accounts",
        "cms",
        "django-admin",
        "documents",
        "static",
        "media",
        "i18n",
        "healthz",
        "learn",
        "mentors",
        "newsletter",
        "certificates",
        "credentials",
    }
)


class TopLevelSlugForm(WagtailAdminPageForm):
    """Refuses slugs that the URLconf already serves under a locale's home."""

    def clean(self):
        cleaned_data = super().clean()
        parent = self.parent_page
        if (
            parent is not None
            and parent.specific_class is HomePage
            and cleaned_data.get("slug") in RESERVED_SLUGS
        ):
            self.add_error(
                "slug",
                _(
                    "This address is used by another part of the site. Choose another slug."
                ),
            )
        return cleaned_data


class HomePage(Page):
    """The landing page of a locale: what Rumbo is and the way into each area."""

    intro = models.CharField(_("introduction"), max_length=300, blank=True)
    body = StreamField(BODY_BLOCKS, blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")


class StandardPage(Page):
    """A plain content page: about, privacy, help."""

    intro = RichTextField(
        _("introduction"), blank=True, features=["bold", "italic", "link"]
    )
    body = StreamField(BODY_BLOCKS, blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    base_form_class = TopLevelSlugForm

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
