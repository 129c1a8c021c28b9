"""StreamField blocks of a newsletter; featured blocks read live data when rendered."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from newsletters.choosers import mentor_chooser_viewset, product_chooser_viewset

ProductChooserBlock = product_chooser_viewset.get_block_class(
    name="ProductChooserBlock", module_path="newsletters.blocks"
)
MentorChooserBlock = mentor_chooser_viewset.get_block_class(
    name="MentorChooserBlock", module_path="newsletters.blocks"
)


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


class FeaturedCourseBlock(blocks.StructBlock):
    course = blocks.PageChooserBlock(page_type="courses.CoursePage", label=_("Course"))
    note = blocks.CharBlock(required=False, max_length=200, label=_("Why it matters"))

    class Meta:
        icon = "doc-full-inverse"
        label = _("Featured course")


class FeaturedProductBlock(blocks.StructBlock):
    product = ProductChooserBlock(label=_("Product"))
    note = blocks.CharBlock(required=False, max_length=200, label=_("Why it matters"))

    class Meta:
        icon = "tag"
        label = _("Featured product")


class FeaturedMentorBlock(blocks.StructBlock):
    mentor = MentorChooserBlock(label=_("Mentor"))
    note = blocks.CharBlock(required=False, max_length=200, label=_("Why it matters"))

    class Meta:
        icon = "user"
        label = _("Featured mentor")


class NewsletterStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ol", "ul"], label=_("Text")
    )
    image = ImageBlock()
    button = ButtonBlock()
    featured_course = FeaturedCourseBlock()
    featured_product = FeaturedProductBlock()
    featured_mentor = FeaturedMentorBlock()
