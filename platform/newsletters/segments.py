"""Who a send reaches: a small JSON definition turned into a subscriber queryset.

Definition (every key optional)::

    {"languages": ["pt"], "regions": ["Algarve"],
     "roles": ["learners", "sellers", "mentors", "mentees"],
     "course": "<translation key of a course>", "certified": "any|yes|no"}

Only confirmed subscribers are ever included. Languages and regions narrow the
audience; roles widen within it (a seller OR a mentor ...); no roles means
everyone subscribed. The course and certificate filters refine "learners".
"""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.utils.translation import gettext as _

from newsletters.models import Subscriber

ROLES = ("learners", "sellers", "mentors", "mentees")
CERTIFIED = ("any", "yes", "no")


def segment_clean(raw: dict) -> dict:
    """A validated, normalised definition; ValidationError on anything unknown."""
    if not isinstance(raw, dict):
        raise ValidationError(_("The recipients could not be read."))
    codes = {code for code, _name in settings.LANGUAGES}
    languages = sorted({str(x) for x in raw.get("languages") or []})
    if any(code not in codes for code in languages):
        raise ValidationError(_("Choose languages from the list."))
    roles = sorted({str(x) for x in raw.get("roles") or []})
    if any(role not in ROLES for role in roles):
        raise ValidationError(_("Choose groups from the list."))
    regions = sorted(
        {str(x).strip()[:60] for x in raw.get("regions") or [] if str(x).strip()}
    )
    course = str(raw.get("course") or "").strip()
    if course:
        try:
            course = str(uuid.UUID(course))
        except ValueError as error:
            raise ValidationError(_("Choose a course from the list.")) from error
    certified = str(raw.get("certified") or "any")
    if certified not in CERTIFIED:
        raise ValidationError(_("Choose whether learners must be certified."))
    if (course or certified != "any") and "learners" not in roles:
        roles = sorted({*roles, "learners"})
    return {
        "languages": languages,
        "regions": regions,
        "roles": roles,
        "course": course,
        "certified": certified,
    }


def _learners(course_key: str, certified: str) -> Q:
    from courses.certificates.models import Certificate
    from courses.models import Enrolment

    enrolments = Enrolment.objects.filter(user=OuterRef("user"))
    certificates = Certificate.objects.filter(
        user=OuterRef("user"), revoked_at__isnull=True
    )
    if course_key:
        enrolments = enrolments.filter(course__translation_key=course_key)
        certificates = certificates.filter(course__translation_key=course_key)
    condition = Q(Exists(enrolments))
    if certified == "yes":
        condition = Q(Exists(certificates))
    elif certified == "no":
        condition &= ~Q(Exists(certificates))
    return condition


def _role(role: str) -> Q:
    from oscar.core.loading import get_model

    from mentoring.models import MenteeProfile, MentorProfile

    if role == "sellers":
        Partner = get_model("partner", "Partner")
        return Q(Exists(Partner.users.through.objects.filter(user=OuterRef("user"))))
    if role == "mentors":
        return Q(
            Exists(
                MentorProfile.objects.filter(
                    user=OuterRef("user"), status=MentorProfile.Status.APPROVED
                )
            )
        )
    if role == "mentees":
        return Q(Exists(MenteeProfile.objects.filter(user=OuterRef("user"))))
    raise ValueError(role)


def _region(text: str) -> Q:
    """People whose account says the region, or whose mentor or mentee profile
    or shop is in a region whose name contains it (one list: rumbo.regions)."""
    from oscar.core.loading import get_model

    from mentoring.models import MenteeProfile, MentorProfile
    from rumbo.regions import Region

    Partner = get_model("partner", "Partner")
    needle = text.casefold()
    codes = [code for code, label in Region.choices if needle in str(label).casefold()]
    condition = Q(user__region__icontains=text)
    if codes:
        for model in (MentorProfile, MenteeProfile):
            condition |= Q(
                Exists(model.objects.filter(user=OuterRef("user"), region__in=codes))
            )
        condition |= Q(
            Exists(Partner.objects.filter(users=OuterRef("user"), region__in=codes))
        )
    return condition


def segment_subscribers(definition: dict) -> QuerySet[Subscriber]:
    """Confirmed subscribers matching a clean definition."""
    subscribers = Subscriber.objects.filter(status=Subscriber.Status.SUBSCRIBED)
    if definition.get("languages"):
        subscribers = subscribers.filter(language__in=definition["languages"])
    if definition.get("regions"):
        regions = Q()
        for text in definition["regions"]:
            regions |= _region(text)
        subscribers = subscribers.filter(regions)
    roles = definition.get("roles") or []
    if roles:
        condition = Q()
        for role in roles:
            if role == "learners":
                condition |= _learners(
                    definition.get("course", ""), definition.get("certified", "any")
                )
            else:
                condition |= _role(role)
        subscribers = subscribers.filter(user__isnull=False).filter(condition)
    return subscribers


def segment_count(definition: dict) -> int:
    return segment_subscribers(definition).count()


def segment_describe(definition: dict) -> str:
    """A short human description for listings and summaries."""
    from django.utils.text import format_lazy  # noqa: F401

    parts = []
    names = dict(settings.LANGUAGES)
    labels = {
        "learners": _("learners"),
        "sellers": _("sellers"),
        "mentors": _("mentors"),
        "mentees": _("mentees"),
    }
    roles = definition.get("roles") or []
    parts.append(
        " / ".join(str(labels[r]) for r in roles) if roles else _("everyone subscribed")
    )
    if definition.get("course"):
        parts.append(_("of one course"))
    if definition.get("certified") == "yes":
        parts.append(_("certified"))
    elif definition.get("certified") == "no":
        parts.append(_("not certified"))
    if definition.get("languages"):
        parts.append(
            _("in %(languages)s")
            % {"languages": ", ".join(str(names[c]) for c in definition["languages"])}
        )
    if definition.get("regions"):
        parts.append(
            _("in the region %(regions)s")
            % {"regions": ", ".join(definition["regions"])}
        )
    return " · ".join(str(p) for p in parts)
