from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageViewRestriction
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
        "jobs",
        "partners",
        "registrations",
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


class SitePage(Page):
    """What every page type of the site shares: derive page models from it."""

    # What to read with the page when it is routed to as a child (e.g. its
    # cover image), so that showing it costs no query of its own.
    route_select_related: tuple[str, ...] = ()

    class Meta:
        abstract = True

    def get_view_restrictions(self):
        # Wagtail checks every page served for view restrictions, two queries
        # on its ancestors. Most sites have none: then nothing is read
        # (home.page_cache purges "view-restrictions" when one is added).
        from rumbo import page_cache

        if not page_cache.remembered(
            "view-restrictions",
            ["view-restrictions"],
            PageViewRestriction.objects.exists,
        ):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()

    def route(self, request, path_components):
        # A page whose children are all of one type (``subpage_types``) reads
        # the child in one query, where Wagtail reads its base row and then
        # its specific row.
        allowed = self.allowed_subpage_models()
        if not path_components or len(allowed) != 1:
            return super().route(request, path_components)
        slug, *remaining = path_components
        model = allowed[0]
        child = (
            model.objects.child_of(self)
            .filter(slug=slug)
            .select_related(*getattr(model, "route_select_related", ()))
            .first()
        )
        if child is None:
            raise Http404
        child._cached_parent_obj = self  # as Wagtail does: get_parent() is free
        return child.route(request, remaining)


class DescribedImage(models.Model):
    """A page's picture and what it shows, in words for people who cannot see
    it: a picture without its description is refused."""

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

    image_panel = MultiFieldPanel(
        [FieldPanel("image"), FieldPanel("image_alt")], heading=_("Image")
    )

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.image_id and not self.image_alt.strip():
            raise ValidationError(
                {
                    "image_alt": _(
                        "Describe the image for people who cannot see it, "
                        "or remove the image."
                    )
                }
            )


class HomePage(SitePage):
    """The landing page of a locale: what Rumbo is and the way into each area."""

    intro = models.CharField(_("introduction"), max_length=300, blank=True)
    body = StreamField(BODY_BLOCKS, blank=True, verbose_name=_("body"))

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")


class StandardPage(SitePage):
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
