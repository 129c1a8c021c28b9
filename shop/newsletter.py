"""What the shop adds to newsletters: the sellers segment and the featured product.

Registered in shop/wagtail_hooks.py (newsletters.hooks).
"""

from django.db.models import Exists, Q
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from newsletters.hooks import FeaturedBlock, Segment
from newsletters.rendering import absolute
from oscar.core.loading import get_model
from wagtail import blocks
from wagtail.admin.viewsets.chooser import ChooserViewSet

Partner = get_model("partner", "Partner")


class SellersSegment(Segment):
    """People who run a shop; placed in their shop's region."""

    key = "sellers"
    label = _("Sellers")
    name = _("sellers")

    def condition(self, definition, user):
        return Q(Exists(Partner.users.through.objects.filter(user=user)))

    def in_regions(self, codes, user):
        return Q(Exists(Partner.objects.filter(users=user, region__in=codes)))


class ProductChooserViewSet(ChooserViewSet):
    model = "catalogue.Product"
    icon = "tag"
    choose_one_text = _("Choose a product")
    choose_another_text = _("Choose another product")
    edit_item_text = _("Edit this product")
    url_filter_parameters = []
    register_widget = False


product_chooser_viewset = ProductChooserViewSet("newsletter_product_chooser")
# The newsletters migrations name the block by this path (newsletters.blocks).
ProductChooserBlock = product_chooser_viewset.get_block_class(
    name="ProductChooserBlock", module_path="newsletters.blocks"
)


class FeaturedProductBlock(blocks.StructBlock):
    product = ProductChooserBlock(label=_("Product"))
    note = blocks.CharBlock(required=False, max_length=200, label=_("Why it matters"))

    class Meta:
        icon = "tag"
        label = _("Featured product")


def product_card(value, language: str) -> dict | None:
    """The product while it is public, with its first price."""
    product = value.get("product")
    if product is None or not product.is_public:
        return None
    image = product.primary_image()
    image_url = ""
    if image and getattr(image, "original", None) and getattr(image, "pk", None):
        try:
            image_url = absolute(image.original.url)
        except ValueError:
            image_url = ""
    stock = product.stockrecords.order_by("pk").first()
    price = f"{stock.price} {stock.price_currency}" if stock and stock.price else ""
    return {
        "kind": "product",
        "kind_label": translation.gettext("From our shops"),
        "title": product.get_title(),
        "text": strip_tags(product.description or "")[:300],
        "note": value.get("note", ""),
        "price": price,
        "url": absolute(product.get_absolute_url()),
        "image": image_url,
        "cta": translation.gettext("See the product"),
    }


def featured_product() -> FeaturedBlock:
    return FeaturedBlock(
        name="featured_product", block=FeaturedProductBlock(), card=product_card
    )
