"""StreamField blocks for the home page and standard pages."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock

AREA_CHOICES = [
    ("courses", _("Courses")),
    ("shop", _("Shop")),
    ("mentors", _("Mentors")),
]


class AreaBlock(blocks.StructBlock):
    """A card that sends visitors to one of the platform's three areas."""

    area = blocks.ChoiceBlock(choices=AREA_CHOICES, label=_("Area"))
    title = blocks.CharBlock(max_length=80, label=_("Title"))
    text = blocks.TextBlock(max_length=400, label=_("Text"))
    button = blocks.CharBlock(max_length=40, label=_("Button text"))

    class Meta:
        icon = "link"
        label = _("Area card")
        template = "home/blocks/area.html"


class FigureBlock(blocks.StructBlock):
    label = blocks.CharBlock(max_length=20, label=_("Figure"))
    text = blocks.CharBlock(max_length=80, label=_("What it counts"))

    class Meta:
        icon = "pick"
        label = _("Key figure")


BODY_BLOCKS = [
    (
        "heading",
        blocks.CharBlock(
            form_classname="title",
            label=_("Heading"),
            template="home/blocks/heading.html",
        ),
    ),
    ("paragraph", blocks.RichTextBlock(label=_("Paragraph"))),
    ("image", ImageBlock(label=_("Image"))),
    (
        "areas",
        blocks.ListBlock(
            AreaBlock(), label=_("Area cards"), template="home/blocks/areas.html"
        ),
    ),
    (
        "figures",
        blocks.ListBlock(
            FigureBlock(), label=_("Key figures"), template="home/blocks/figures.html"
        ),
    ),
]
