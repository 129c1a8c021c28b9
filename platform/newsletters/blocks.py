"""StreamField blocks of a newsletter; featured blocks read live data when rendered.

The featured blocks (a course, a product, a mentor) are those feature apps
register (newsletters.hooks.FEATURED_BLOCKS).
"""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from newsletters.hooks import featured_blocks


def __getattr__(name: str):
    """A feature app's chooser block that the migrations name by this module
    (``newsletters.blocks.ProductChooserBlock``): apps create theirs with
    ``module_path="newsletters.blocks"`` so that the stored block definitions,
    and so the migrations, stay as they were."""
    if not name.startswith("_"):
        for featured in featured_blocks():
            for child in getattr(featured.block, "child_blocks", {}).values():
                cls = type(child)
                if cls.__module__ == __name__ and cls.__name__ == name:
                    return cls
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class HeadingBlock(blocks.CharBlock):
    class Meta:
        icon = "title"
        label = _("Heading")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt = blocks.CharBlock(
        max_length=200,
        label=_("Description for people who cannot see the image"),
    )
    caption = blocks.CharBlock(required=False, max_length=200, label=_("Caption"))

    class Meta:
        icon = "image"
        label = _("Image")


class ButtonBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=60, label=_("Text"))
    url = blocks.URLBlock(label=_("Link"))

    class Meta:
        icon = "link"
        label = _("Button")


class NewsletterStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ol", "ul"], label=_("Text")
    )
    image = ImageBlock()
    button = ButtonBlock()

    def __init__(self, local_blocks=None, **kwargs):
        # The featured blocks come last, in hook order; the model passes this
        # class, not an instance, so the hooks are read once apps are ready.
        # Built in the default language, as blocks made at import are: a
        # block's form layout keeps a name made from its translated heading.
        with translation.override(settings.LANGUAGE_CODE):
            featured = [(f.name, f.block) for f in featured_blocks()]
        super().__init__([*(local_blocks or ()), *featured], **kwargs)
