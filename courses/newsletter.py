"""What courses add to newsletters: the learners segment and the featured course.

Registered in courses/wagtail_hooks.py (newsletters.hooks).
"""

import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Exists, Q
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from newsletters.hooks import FeaturedBlock, Segment
from newsletters.rendering import CARD_RENDITION, absolute
from wagtail import blocks
from wagtail.models import Locale

from courses.certificates.selectors import certificates_valid
from courses.selectors import course_choices, enrolments_in_course

CERTIFIED = ("any", "yes", "no")
CERTIFIED_LABELS = {
    "any": gettext_lazy("Certified or not"),
    "yes": gettext_lazy("Only with a certificate"),
    "no": gettext_lazy("Only without a certificate"),
}


class LearnersSegment(Segment):
    """People enrolled in a course; refined by one course and by certificate."""

    key = "learners"
    label = gettext_lazy("Learners")
    name = gettext_lazy("learners")

    def condition(self, definition, user):
        course_key = definition.get("course", "")
        certified = definition.get("certified", "any")
        enrolments = enrolments_in_course(course_key).filter(user=user)
        certificates = certificates_valid(course_key).filter(user=user)
        condition = Q(Exists(enrolments))
        if certified == "yes":
            condition = Q(Exists(certificates))
        elif certified == "no":
            condition &= ~Q(Exists(certificates))
        return condition

    def form_fields(self):
        return {
            "course": forms.ChoiceField(
                required=False,
                label=gettext_lazy("Learners of the course"),
                choices=[("", gettext_lazy("Any course")), *course_choices()],
            ),
            "certified": forms.ChoiceField(
                choices=[(c, CERTIFIED_LABELS[c]) for c in CERTIFIED],
                initial="any",
                label=gettext_lazy("Certificate"),
            ),
        }

    def clean(self, raw):
        course = str(raw.get("course") or "").strip()
        if course:
            try:
                course = str(uuid.UUID(course))
            except ValueError as error:
                raise ValidationError(_("Choose a course from the list.")) from error
        certified = str(raw.get("certified") or "any")
        if certified not in CERTIFIED:
            raise ValidationError(_("Choose whether learners must be certified."))
        return {"course": course, "certified": certified}

    def narrows(self, refinements):
        return bool(refinements["course"]) or refinements["certified"] != "any"

    def describe(self, definition):
        parts = []
        if definition.get("course"):
            parts.append(_("of one course"))
        if definition.get("certified") == "yes":
            parts.append(_("certified"))
        elif definition.get("certified") == "no":
            parts.append(_("not certified"))
        return parts


class FeaturedCourseBlock(blocks.StructBlock):
    course = blocks.PageChooserBlock(
        page_type="courses.CoursePage", label=gettext_lazy("Course")
    )
    note = blocks.CharBlock(
        required=False, max_length=200, label=gettext_lazy("Why it matters")
    )

    class Meta:
        icon = "doc-full-inverse"
        label = gettext_lazy("Featured course")


def course_card(value, language: str) -> dict | None:
    """The course in the reader's language if translated, while it is live."""
    course = value.get("course")
    if course is None:
        return None
    course = course.specific
    locale = Locale.objects.filter(language_code=language).first()
    if locale is not None and course.locale_id != locale.pk:
        course = (course.get_translation_or_none(locale) or course).specific
    if not course.live:
        return None
    image = getattr(course, "cover_image", None)
    return {
        "kind": "course",
        "kind_label": translation.gettext("Course"),
        "title": course.title,
        "text": course.summary,
        "note": value.get("note", ""),
        "url": absolute(course.full_url or course.url or ""),
        "image": absolute(image.get_rendition(CARD_RENDITION).url) if image else "",
        "cta": translation.gettext("See the course"),
    }


def featured_course() -> FeaturedBlock:
    return FeaturedBlock(
        name="featured_course", block=FeaturedCourseBlock(), card=course_card
    )
