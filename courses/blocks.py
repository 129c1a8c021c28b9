"""StreamField blocks for lessons and for the exam's question bank."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageBlock


class VideoBlock(blocks.StructBlock):
    """A video: an uploaded file (Wagtail document) or an embed (YouTube, Vimeo)."""

    file = DocumentChooserBlock(required=False, label=_("Video file"))
    embed = EmbedBlock(required=False, label=_("Video link"))
    caption = blocks.CharBlock(required=False, max_length=200, label=_("Caption"))

    def clean(self, value):
        value = super().clean(value)
        if not value.get("file") and not value.get("embed"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "file": ValidationError(_("Upload a video or paste a link."))
                }
            )
        return value

    class Meta:
        icon = "media"
        label = _("Video")
        template = "courses/blocks/video.html"


class DownloadBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document or slides"))
    description = blocks.CharBlock(
        required=False, max_length=200, label=_("Description")
    )

    class Meta:
        icon = "doc-full"
        label = _("Download")
        template = "courses/blocks/download.html"


class CheckChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=200, label=_("Answer"))
    correct = blocks.BooleanBlock(required=False, label=_("Correct"))


class CheckQuestionBlock(blocks.StructBlock):
    """A "check your understanding" question: not graded, the answer is shown on request."""

    question = blocks.CharBlock(max_length=300, label=_("Question"))
    choices = blocks.ListBlock(CheckChoiceBlock(), min_num=2, label=_("Answers"))
    explanation = blocks.TextBlock(required=False, label=_("Explanation"))

    class Meta:
        icon = "help"
        label = _("Check your understanding")
        template = "courses/blocks/check_question.html"


LESSON_BLOCKS = [
    ("text", blocks.RichTextBlock(label=_("Text"))),
    ("video", VideoBlock()),
    ("download", DownloadBlock()),
    ("image", ImageBlock(label=_("Image"))),
    ("check", CheckQuestionBlock()),
]


class ExamChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(max_length=300, label=_("Answer"))
    correct = blocks.BooleanBlock(required=False, label=_("Correct"))


class ChoiceQuestionBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Question"))
    choices = blocks.ListBlock(ExamChoiceBlock(), min_num=2, label=_("Answers"))
    explanation = blocks.TextBlock(required=False, label=_("Explanation"))

    single = True

    def clean(self, value):
        value = super().clean(value)
        correct = sum(1 for choice in value["choices"] if choice["correct"])
        if self.single and correct != 1:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "choices": ValidationError(_("Mark exactly one answer as correct."))
                }
            )
        if not self.single and correct < 1:
            raise blocks.StructBlockValidationError(
                block_errors={
                    "choices": ValidationError(
                        _("Mark at least one answer as correct.")
                    )
                }
            )
        return value


class SingleChoiceBlock(ChoiceQuestionBlock):
    class Meta:
        icon = "radio-full"
        label = _("Single choice")


class MultipleChoiceBlock(ChoiceQuestionBlock):
    single = False

    class Meta:
        icon = "tasks"
        label = _("Multiple choice")


class TrueFalseBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Statement"))
    answer = blocks.BooleanBlock(required=False, label=_("The statement is true"))
    explanation = blocks.TextBlock(required=False, label=_("Explanation"))

    class Meta:
        icon = "tick"
        label = _("True or false")


class NumericBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Question"))
    answer = blocks.DecimalBlock(label=_("Correct answer"))
    tolerance = blocks.DecimalBlock(
        default=0, min_value=0, label=_("Accepted margin (±)")
    )
    explanation = blocks.TextBlock(required=False, label=_("Explanation"))

    class Meta:
        icon = "order"
        label = _("Numeric answer")


QUESTION_BLOCKS = [
    ("single", SingleChoiceBlock()),
    ("multiple", MultipleChoiceBlock()),
    ("true_false", TrueFalseBlock()),
    ("numeric", NumericBlock()),
]
