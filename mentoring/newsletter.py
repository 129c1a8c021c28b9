"""What mentoring adds to newsletters: the mentors and mentees segments and
the featured mentor.

Registered in mentoring/wagtail_hooks.py (newsletters.hooks).
"""

from django.db.models import Exists, Q
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from newsletters.hooks import FeaturedBlock, Segment
from newsletters.rendering import absolute
from wagtail import blocks
from wagtail.admin.viewsets.chooser import ChooserViewSet

from mentoring.models import MenteeProfile, MentorProfile


class MentorsSegment(Segment):
    """Approved mentors; placed in their profile's region (any status)."""

    key = "mentors"
    label = _("Mentors")
    name = _("mentors")

    def condition(self, definition, user):
        return Q(
            Exists(
                MentorProfile.objects.filter(
                    user=user, status=MentorProfile.Status.APPROVED
                )
            )
        )

    def in_regions(self, codes, user):
        return Q(Exists(MentorProfile.objects.filter(user=user, region__in=codes)))


class MenteesSegment(Segment):
    """People who stated their needs as a mentee; placed in their region."""

    key = "mentees"
    label = _("Mentees")
    name = _("mentees")

    def condition(self, definition, user):
        return Q(Exists(MenteeProfile.objects.filter(user=user)))

    def in_regions(self, codes, user):
        return Q(Exists(MenteeProfile.objects.filter(user=user, region__in=codes)))


class MentorChooserViewSet(ChooserViewSet):
    model = "mentoring.MentorProfile"
    icon = "user"
    choose_one_text = _("Choose a mentor")
    choose_another_text = _("Choose another mentor")
    register_widget = False


mentor_chooser_viewset = MentorChooserViewSet("newsletter_mentor_chooser")
# The newsletters migrations name the block by this path (newsletters.blocks).
MentorChooserBlock = mentor_chooser_viewset.get_block_class(
    name="MentorChooserBlock", module_path="newsletters.blocks"
)


class FeaturedMentorBlock(blocks.StructBlock):
    mentor = MentorChooserBlock(label=_("Mentor"))
    note = blocks.CharBlock(required=False, max_length=200, label=_("Why it matters"))

    class Meta:
        icon = "user"
        label = _("Featured mentor")


def mentor_card(value, language: str) -> dict | None:
    """The mentor while their profile is public."""
    mentor = value.get("mentor")
    if mentor is None or not mentor.is_public:
        return None
    return {
        "kind": "mentor",
        "kind_label": translation.gettext("Mentor"),
        "title": mentor.user.public_name,
        "text": mentor.headline,
        "note": value.get("note", ""),
        "url": absolute(reverse("mentoring:mentor_detail", args=[mentor.pk])),
        "image": absolute(mentor.photo.url) if mentor.photo else "",
        "cta": translation.gettext("Meet the mentor"),
    }


def featured_mentor() -> FeaturedBlock:
    return FeaturedBlock(
        name="featured_mentor", block=FeaturedMentorBlock(), card=mentor_card
    )
