"""Reads of mentoring shared by views, services, the account area and reports.

Each selector fetches what its callers show, so the number of queries does not
grow with the number of mentors.
"""

from __future__ import annotations

import threading
import time
import uuid
from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import (
    Count,
    F,
    IntegerField,
    OuterRef,
    Q,
    QuerySet,
    Subquery,
    Value,
)
from django.db.models.functions import Coalesce
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from mentoring import matching
from mentoring.choices import Format, Language, Region, Sector, labels
from mentoring.models import (
    ExpertiseArea,
    MenteeProfile,
    MentoringRequest,
    MentorProfile,
    Mentorship,
    codes_split,
)


def active_count_subquery() -> Coalesce:
    """Active mentorships of the mentor in OuterRef("pk")."""
    counted = (
        Mentorship.objects.filter(
            mentor=OuterRef("pk"), status=Mentorship.Status.ACTIVE
        )
        .order_by()
        .values("mentor")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(counted, output_field=IntegerField()), Value(0))


def mentors_with_free() -> QuerySet[MentorProfile]:
    return MentorProfile.objects.annotate(
        active_count=active_count_subquery()
    ).annotate(free=F("capacity") - F("active_count"))


def areas_all() -> list[ExpertiseArea]:
    return list(ExpertiseArea.objects.all())


@dataclass
class DirectoryFilters:
    q: str = ""
    area: str = ""
    language: str = ""
    region: str = ""
    format: str = ""
    accepting: bool = False


def directory_mentors(filters: DirectoryFilters) -> QuerySet[MentorProfile]:
    """Approved mentors matching the directory filters, newest approvals last."""
    mentors = (
        mentors_with_free()
        .filter(status=MentorProfile.Status.APPROVED, user__is_active=True)
        .select_related("user")
        .prefetch_related("areas")
    )
    if filters.q:
        for word in filters.q.split()[:6]:
            mentors = mentors.filter(
                Q(headline__icontains=word)
                | Q(bio__icontains=word)
                | Q(background__icontains=word)
                | Q(city__icontains=word)
                | Q(user__display_name__icontains=word)
                | Q(areas__name_es__icontains=word)
                | Q(areas__name_pt__icontains=word)
                | Q(areas__name_en__icontains=word)
            )
        mentors = mentors.distinct()
    if filters.area:
        mentors = mentors.filter(areas__slug=filters.area)
    if filters.language:
        mentors = mentors.filter(languages__contains=f",{filters.language},")
    if filters.region:
        mentors = mentors.filter(region=filters.region)
    if filters.format == Format.ONLINE:
        mentors = mentors.filter(format__in=[Format.ONLINE, Format.BOTH])
    elif filters.format == Format.IN_PERSON:
        mentors = mentors.filter(format__in=[Format.IN_PERSON, Format.BOTH])
    if filters.accepting:
        mentors = mentors.filter(accepting=True, free__gt=0)
    return mentors.order_by("pk")


def mentor_public(pk: int, viewer=None) -> MentorProfile | None:
    """A mentor's profile if `viewer` may see it: approved, or their own, or staff."""
    mentor = (
        mentors_with_free()
        .select_related("user")
        .prefetch_related("areas")
        .filter(pk=pk)
        .first()
    )
    if mentor is None:
        return None
    if mentor.is_public and mentor.user.is_active:
        return mentor
    if viewer is not None and viewer.is_authenticated:
        if viewer.is_staff or viewer.pk == mentor.user_id:
            return mentor
    return None


def mentee_profile_for(user) -> MenteeProfile | None:
    if not user.is_authenticated:
        return None
    return MenteeProfile.objects.prefetch_related("areas").filter(user=user).first()


def needs_of(profile: MenteeProfile) -> matching.Needs:
    return matching.Needs(
        areas=frozenset(a.pk for a in profile.areas.all()),
        languages=frozenset(profile.language_list),
        region=profile.region,
        format=profile.format,
        sector=profile.sector,
        user_id=profile.user_id,
    )


def mentor_offers(mentor_ids=None) -> list[matching.Offer]:
    """Approved, accepting mentors as compact offers: three flat queries in all
    (a correlated count per mentor is slower on 10,000 rows)."""
    mentors = MentorProfile.objects.filter(
        status=MentorProfile.Status.APPROVED, accepting=True, user__is_active=True
    )
    active = Mentorship.objects.filter(status=Mentorship.Status.ACTIVE)
    if mentor_ids is not None:
        mentors = mentors.filter(pk__in=list(mentor_ids))
        active = active.filter(mentor_id__in=list(mentor_ids))
    taken = dict(
        active.order_by()
        .values("mentor_id")
        .annotate(n=Count("pk"))
        .values_list("mentor_id", "n")
    )
    rows = [
        (pk, user_id, capacity - taken.get(pk, 0), region, format_, languages, sectors)
        for pk, user_id, capacity, region, format_, languages, sectors in mentors.order_by(
            "pk"
        ).values_list(
            "pk", "user_id", "capacity", "region", "format", "languages", "sectors"
        )
    ]
    areas: dict[int, set[int]] = {}
    through = MentorProfile.areas.through.objects.filter(
        mentorprofile__status=MentorProfile.Status.APPROVED,
        mentorprofile__accepting=True,
    )
    if mentor_ids is not None:
        through = through.filter(mentorprofile_id__in=list(mentor_ids))
    for mentor_id, area_id in through.values_list(
        "mentorprofile_id", "expertisearea_id"
    ):
        areas.setdefault(mentor_id, set()).add(area_id)
    return [
        matching.Offer(
            id=pk,
            areas=frozenset(areas.get(pk, ())),
            languages=frozenset(codes_split(languages)),
            region=region,
            format=format_,
            sectors=frozenset(codes_split(sectors)),
            free=free,
            user_id=user_id,
        )
        for pk, user_id, free, region, format_, languages, sectors in rows
    ]


# The packed offers of every approved, accepting mentor, kept per process and
# rebuilt when the shared version stamp changes (any save of a mentor profile,
# its areas or a mentorship bumps it) or after OFFERS_MAX_AGE seconds.
OFFERS_VERSION_KEY = "mentoring:offers-version"
OFFERS_MAX_AGE = 300
_offers_local: dict = {}
_offers_lock = threading.Lock()


def offers_changed() -> None:
    """Make every process rebuild its packed offers on next use."""
    cache.set(OFFERS_VERSION_KEY, uuid.uuid4().hex, None)


def _offers_version() -> str:
    version = cache.get(OFFERS_VERSION_KEY)
    if version is None:
        cache.add(OFFERS_VERSION_KEY, uuid.uuid4().hex, None)
        version = cache.get(OFFERS_VERSION_KEY) or ""
    return version


def offers_cached() -> tuple[list[matching.Offer], matching.OfferTable]:
    """All offers and their packed table, from this process's copy when current."""
    version = _offers_version()
    entry = _offers_local.get(version)
    if entry is not None and time.monotonic() - entry[0] < OFFERS_MAX_AGE:
        return entry[1], entry[2]
    offers = mentor_offers()
    table = matching.offer_table(offers)
    with _offers_lock:
        _offers_local.clear()
        _offers_local[version] = (time.monotonic(), offers, table)
    return offers, table


def reasons_text(
    reasons, *, area_names: dict[int, str], mentor: MentorProfile | None = None
) -> list[str]:
    """The reasons of a match in words, in the active language."""
    words = []
    for kind, data in reasons:
        if kind == "needs":
            covered = data["covered"]
            if covered:
                names = ", ".join(area_names.get(a, "?") for a in covered)
                words.append(
                    ngettext(
                        "covers %(n)d of your %(of)d needs: %(names)s",
                        "covers %(n)d of your %(of)d needs: %(names)s",
                        data["of"],
                    )
                    % {"n": len(covered), "of": data["of"], "names": names}
                )
            else:
                words.append(_("covers none of your needs"))
        elif kind == "languages":
            words.append(
                _("speaks %(languages)s")
                % {"languages": ", ".join(labels(Language, data))}
            )
        elif kind == "region":
            place = labels(Region, [data])
            if mentor is not None and mentor.city:
                place = [mentor.city, *place]
            words.append(_("based in %(place)s") % {"place": ", ".join(place)})
        elif kind == "format":
            words.append(
                _("meets %(format)s") % {"format": labels(Format, [data])[0].lower()}
            )
        elif kind == "sector":
            words.append(
                _("knows your sector (%(sector)s)")
                % {"sector": labels(Sector, [data])[0].lower()}
            )
        elif kind == "free":
            words.append(
                ngettext("%(n)d place free", "%(n)d places free", data) % {"n": data}
            )
    return words


@dataclass
class Recommendation:
    mentor: MentorProfile
    score: float
    reasons: list[str]


def mentors_recommended_for(
    user, *, limit: int = 10, profile: MenteeProfile | None = None
) -> list[Recommendation]:
    """The best mentors for a mentee's needs, best first, with reasons.

    Full mentors and mentors the mentee already works with or asked are left
    out. A fixed number of queries whatever the number of mentors.
    """
    profile = profile or mentee_profile_for(user)
    if profile is None:
        return []
    needs = needs_of(profile)
    taken = set(
        Mentorship.objects.filter(
            mentee=user, status=Mentorship.Status.ACTIVE
        ).values_list("mentor_id", flat=True)
    )
    offers, table = offers_cached()
    top = matching.recommend(needs, table, limit=limit, exclude_ids=taken)
    ids = [offers[row].id for row, _score in top]
    mentors = (
        mentors_with_free()
        .select_related("user")
        .prefetch_related("areas")
        .in_bulk(ids)
    )
    area_names = {a.pk: a.name for a in ExpertiseArea.objects.all()}
    result = []
    for row, _score in top:
        match = matching.score(needs, offers[row])
        mentor = mentors.get(offers[row].id)
        if match is None or mentor is None:
            continue
        result.append(
            Recommendation(
                mentor,
                match.score,
                reasons_text(match.reasons, area_names=area_names, mentor=mentor),
            )
        )
    return result


def open_requests_for_mentee(user) -> QuerySet[MentoringRequest]:
    return MentoringRequest.objects.filter(
        mentee=user, status=MentoringRequest.Status.PENDING
    )


def requests_for_mentee(user) -> QuerySet[MentoringRequest]:
    return MentoringRequest.objects.filter(mentee=user).select_related("mentor__user")


def requests_for_mentor(mentor: MentorProfile) -> QuerySet[MentoringRequest]:
    return MentoringRequest.objects.filter(mentor=mentor).select_related(
        "mentee", "mentee__mentee_profile"
    )


def mentorships_for_user(user) -> QuerySet[Mentorship]:
    """Mentorships where `user` is the mentee or the mentor, active first."""
    if not user.is_authenticated:
        return Mentorship.objects.none()
    return (
        Mentorship.objects.filter(Q(mentee=user) | Q(mentor__user=user))
        .select_related("mentor__user", "mentee")
        .order_by("status", "-started_at")
    )


def mentorship_visible(pk: int, user) -> Mentorship | None:
    """The mentorship if `user` is one of the pair or staff; otherwise None."""
    mentorship = (
        Mentorship.objects.select_related("mentor__user", "mentee")
        .filter(pk=pk)
        .first()
    )
    if mentorship is None or not user.is_authenticated:
        return None
    if user.is_staff or mentorship.is_party(user):
        return mentorship
    return None


def mentee_context(user) -> dict:
    """Courses taken and certificates earned: context a mentor sees."""
    from courses.certificates.selectors import certificates_for_user
    from courses.selectors import enrolments_for_user

    return {
        "enrolments": enrolments_for_user(user),
        "certificates": list(certificates_for_user(user)),
    }


def sector_label(code: str) -> str:
    return (labels(Sector, [code]) or [""])[0]
