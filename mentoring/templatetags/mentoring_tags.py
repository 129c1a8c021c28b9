"""The mentoring panel of the account area, rendered without touching users/views.py."""

from django import template
from django.db.models import Q

from mentoring.models import MentoringRequest, MentorProfile
from mentoring.selectors import mentorships_for_user

register = template.Library()


@register.inclusion_tag("mentoring/includes/account_panel.html", takes_context=True)
def mentoring_account_panel(context) -> dict:
    user = context["user"]
    active = mentorships_for_user(user).filter(status="active")[:5]
    pending = MentoringRequest.objects.filter(
        Q(mentee=user) | Q(mentor__user=user), status=MentoringRequest.Status.PENDING
    ).count()
    return {
        "user": user,
        "mentorships": list(active),
        "pending": pending,
        "is_mentor": MentorProfile.objects.filter(user=user).exists(),
    }
