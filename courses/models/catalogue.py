"""The catalogue as editors build it in Wagtail: topics, instructors, courses, lessons."""

import math

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index

from courses.blocks import LESSON_BLOCKS, QUESTION_BLOCKS
from home.models import SitePage, TopLevelSlugForm


class Topic(TranslatableMixin, models.Model):
    """A managed taxonomy entry (Business management, Marketing, ...), per locale."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="courses_topic_unique_slug_per_locale"
            )
        ]

    def __str__(self) -> str:
        return self.name


class Instructor(TranslatableMixin, models.Model):
    """An expert who teaches courses: a public profile with photo and bio."""

    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=160, blank=True)
    bio = models.TextField(_("biography"), blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        help_text=_("Lets this instructor accept answers in the course's questions."),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="instructor_profiles",
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("bio"),
        FieldPanel("photo"),
        FieldPanel("user"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("instructor")
        verbose_name_plural = _("instructors")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Level(models.TextChoices):
    BEGINNER = "beginner", _("Beginner")
    INTERMEDIATE = "intermediate", _("Intermediate")
    ADVANCED = "advanced", _("Advanced")


def hours_for_minutes(minutes: int) -> int:
    """A course's stated hours for its lessons' minutes: whole hours, rounded
    up, at least one."""
    return max(1, math.ceil(minutes / 60))


class CourseIndexPage(SitePage):
    """The catalogue: every live course of the locale, filtered and searched."""

    intro = models.CharField(_("introduction"), max_length=300, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    base_form_class = TopLevelSlugForm
    parent_page_types = ["home.HomePage"]
    subpage_types = ["courses.CoursePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("course catalogue")

    def page_cache_tags(self):
        # The public page cache (home.page_cache): what this page lists.
        return [f"courses:{self.locale_id}", "topics"]

    def get_context(self, request, *args, **kwargs):
        from courses.views.catalogue import catalogue_context

        context = super().get_context(request, *args, **kwargs)
        context.update(catalogue_context(request, self))
        return context


class CoursePage(SitePage):
    """A self-paced course: its description, lessons (child pages) and exam."""

    class Scoring(models.TextChoices):
        HIGHEST = "highest", _("Highest attempt counts")
        LAST = "last", _("Last attempt counts")

    class Feedback(models.TextChoices):
        NONE = "none", _("Score only")
        CORRECTNESS = "correctness", _("Correct or incorrect per question")
        EXPLANATION = "explanation", _("Correct answers with explanations")

    summary = models.TextField(_("summary"), max_length=600)
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    topic = models.ForeignKey(
        Topic,
        verbose_name=_("topic"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="courses",
    )
    level = models.CharField(
        _("level"), max_length=20, choices=Level.choices, default=Level.BEGINNER
    )
    language = models.CharField(
        _("language of instruction"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    hours = models.PositiveSmallIntegerField(
        _("estimated hours"),
        default=20,
        validators=[MinValueValidator(1)],
        help_text=_(
            "Added up from the lessons' minutes whenever the course or a lesson "
            "is published, unless set by hand."
        ),
    )
    hours_set_by_hand = models.BooleanField(
        _("hours set by hand"),
        default=False,
        help_text=_("Keep the hours above instead of adding up the lessons."),
    )
    outcomes = StreamField(
        [("outcome", blocks.CharBlock(max_length=200, label=_("Outcome")))],
        blank=True,
        verbose_name=_("learning outcomes"),
    )
    syllabus = RichTextField(_("syllabus"), blank=True)

    exam_questions = StreamField(
        QUESTION_BLOCKS, blank=True, verbose_name=_("question bank")
    )
    exam_question_count = models.PositiveSmallIntegerField(
        _("questions per attempt"),
        default=10,
        validators=[MinValueValidator(1)],
        help_text=_("Drawn at random from the bank for each attempt."),
    )
    exam_pass_mark = models.PositiveSmallIntegerField(
        _("pass mark (%)"),
        default=70,
        validators=[MinValueValidator(1), MaxValueValidator(100)],
    )
    exam_max_attempts = models.PositiveSmallIntegerField(
        _("maximum attempts"), default=3, validators=[MinValueValidator(1)]
    )
    exam_wait_minutes = models.PositiveIntegerField(
        _("waiting time between attempts (minutes)"), default=0
    )
    exam_time_limit_minutes = models.PositiveIntegerField(
        _("time limit (minutes)"),
        null=True,
        blank=True,
        help_text=_("Leave empty for no time limit."),
    )
    exam_scoring = models.CharField(
        _("which attempt counts"),
        max_length=10,
        choices=Scoring.choices,
        default=Scoring.HIGHEST,
    )
    exam_feedback = models.CharField(
        _("feedback after an attempt"),
        max_length=12,
        choices=Feedback.choices,
        default=Feedback.CORRECTNESS,
    )
    exam_requires_lessons = models.BooleanField(
        _("unlock the exam when all lessons are complete"), default=True
    )

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldPanel("cover_image"),
        FieldRowPanel(
            [FieldPanel("topic"), FieldPanel("level")], heading=_("Classification")
        ),
        FieldPanel("language"),
        FieldRowPanel([FieldPanel("hours"), FieldPanel("hours_set_by_hand")]),
        FieldPanel("outcomes"),
        FieldPanel("syllabus"),
        InlinePanel("course_instructors", label=_("Instructors")),
    ]
    exam_panels = [
        FieldPanel("exam_questions"),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("exam_question_count"), FieldPanel("exam_pass_mark")]
                ),
                FieldRowPanel(
                    [FieldPanel("exam_max_attempts"), FieldPanel("exam_wait_minutes")]
                ),
                FieldRowPanel(
                    [FieldPanel("exam_time_limit_minutes"), FieldPanel("exam_scoring")]
                ),
                FieldPanel("exam_feedback"),
                FieldPanel("exam_requires_lessons"),
            ],
            heading=_("Rules"),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(exam_panels, heading=_("Exam")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
        ]
    )
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("syllabus"),
        # What the lessons teach: learners search for it as much as for titles
        # (kept current by courses.receivers).
        index.SearchField("lessons_text"),
        index.FilterField("topic"),
        index.FilterField("level"),
        index.FilterField("language"),
        index.FilterField("hours"),
        index.FilterField("locale"),
    ]
    parent_page_types = ["courses.CourseIndexPage"]
    subpage_types = ["courses.LessonPage"]
    route_select_related = ("cover_image",)

    class Meta:
        verbose_name = _("course")
        verbose_name_plural = _("courses")

    def lessons_text(self) -> str:
        parts = []
        for lesson in LessonPage.objects.child_of(self).live().order_by("path"):
            parts.append(lesson.title)
            parts.extend(lesson.body.stream_block.get_searchable_content(lesson.body))
        return "\n".join(parts)

    @property
    def has_exam(self) -> bool:
        return len(self.exam_questions) > 0

    def page_cache_tags(self):
        # The public page cache (home.page_cache): its instructors and the
        # links to its other languages.
        return ["instructors", "topics", f"translations:{self.translation_key}"]

    def page_cache_purges(self):
        return [f"courses:{self.locale_id}", f"translations:{self.translation_key}"]

    def get_context(self, request, *args, **kwargs):
        from courses.views.course import course_context

        context = super().get_context(request, *args, **kwargs)
        context.update(course_context(request, self))
        return context


class CourseInstructor(Orderable):
    page = ParentalKey(
        CoursePage, on_delete=models.CASCADE, related_name="course_instructors"
    )
    instructor = models.ForeignKey(
        Instructor,
        verbose_name=_("instructor"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("instructor")]


class LessonPage(SitePage):
    """One lesson of a course, in order among its siblings."""

    minutes = models.PositiveSmallIntegerField(_("estimated minutes"), default=30)
    body = StreamField(LESSON_BLOCKS, verbose_name=_("content"))

    content_panels = Page.content_panels + [FieldPanel("minutes"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("body")]
    parent_page_types = ["courses.CoursePage"]
    subpage_types: list[str] = []

    class Meta:
        verbose_name = _("lesson")
        verbose_name_plural = _("lessons")

    def page_cache_purges(self):
        # The catalogue lists only courses with lessons, and their hours.
        return [f"courses:{self.locale_id}"]

    @cached_property
    def course(self) -> "CoursePage":
        """The course this lesson belongs to: the one it was routed through,
        or one query (not get_parent() then specific, two)."""
        parent = getattr(self, "_cached_parent_obj", None)
        if isinstance(parent, CoursePage):
            return parent
        return CoursePage.objects.get(path=self.path[: -self.steplen])

    def serve(self, request, *args, **kwargs):
        from courses.views.course import lesson_gate

        return lesson_gate(request, self) or super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from courses.views.course import lesson_context

        context = super().get_context(request, *args, **kwargs)
        context.update(lesson_context(request, self))
        return context
