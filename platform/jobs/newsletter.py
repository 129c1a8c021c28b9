"""What jobs add to newsletters: the featured job offer block and its chooser.
Registered in jobs/wagtail_hooks.py (newsletters.hooks)."""

from django.utils import translation
from django.utils.translation import gettext_lazy as _
from newsletters.hooks import FeaturedBlock
from newsletters.rendering import absolute
from wagtail import blocks
from wagtail.admin.viewsets.chooser import ChooserViewSet

from jobs.models import JobOffer
from jobs.selectors import offers_featured_choices


class JobOfferChooserViewSet(ChooserViewSet):
    model = JobOffer
    icon = "user"
    choose_one_text = _("Choose a job offer")
    choose_another_text = _("Choose another job offer")
    url_filter_parameters = []
    register_widget = False

    def get_object_list(self):
        return offers_featured_choices()


job_offer_chooser_viewset = JobOfferChooserViewSet("newsletter_job_offer_chooser")
# Stored campaigns name the block by this path, like the other featured blocks.
JobOfferChooserBlock = job_offer_chooser_viewset.get_block_class(
    name="JobOfferChooserBlock", module_path="newsletters.blocks"
)


class FeaturedJobBlock(blocks.StructBlock):
    offer = JobOfferChooserBlock(label=_("Job offer"))
    note = blocks.CharBlock(required=False, max_length=200, label=_("Why it matters"))

    class Meta:
        icon = "user"
        label = _("Featured job offer")


def job_card(value, language: str) -> dict | None:
    """The offer while it is open; in the language it was written in."""
    offer = value.get("offer")
    if offer is None:
        return None
    offer = JobOffer.objects.filter(pk=offer.pk).first()
    if offer is None or not offer.is_open:
        return None
    with translation.override(language):
        facts = [offer.get_kind_display(), offer.place or "", offer.poster_name]
        if offer.remote:
            facts.insert(1, translation.gettext("Remote"))
        return {
            "kind": "job",
            "kind_label": translation.gettext("Job offer"),
            "title": offer.title,
            "text": " · ".join(f for f in facts if f),
            "note": value.get("note", ""),
            "url": absolute(offer.get_absolute_url()),
            "image": "",
            "cta": translation.gettext("See the offer"),
        }


def featured_job() -> FeaturedBlock:
    return FeaturedBlock(name="featured_job", block=FeaturedJobBlock(), card=job_card)
