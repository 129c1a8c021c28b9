"""Reads of the jobs board, each in a fixed number of queries."""

from __future__ import annotations

import uuid
from dataclasses import dataclass

from django.db.models import Count, Q, QuerySet
from django.utils import timezone
from django.utils.translation import get_language

from jobs.hooks import posters_for
from jobs.models import Application, ApplicationMessage, JobOffer
from organisations.models import OrganisationPage


@dataclass(frozen=True)
class OfferFilters:
    kind: str = ""
    region: str = ""
    remote: bool = False
    language: str = ""


def open_q() -> Q:
    """Offers anyone may apply to: published and not past their closing date
    (read at query time, so an offer closes on the dot)."""
    return Q(status=JobOffer.Status.PUBLISHED, closing_date__gte=timezone.localdate())


def offers_open(filters: OfferFilters | None = None) -> QuerySet:
    """The public list, newest first; the description is not read."""
    filters = filters or OfferFilters()
    offers = JobOffer.objects.filter(open_q())
    if filters.kind:
        offers = offers.filter(kind=filters.kind)
    if filters.region:
        offers = offers.filter(region=filters.region)
    if filters.remote:
        offers = offers.filter(remote=True)
    if filters.language:
        offers = offers.filter(languages__has=filters.language)
    return offers.defer("description", "review_note").order_by("-published_at", "-pk")


def offer_public(pk: int) -> JobOffer | None:
    """An offer anyone may read: published (open or past its date) or closed
    after being published."""
    return (
        JobOffer.objects.filter(pk=pk, published_at__isnull=False)
        .exclude(status=JobOffer.Status.PENDING)
        .exclude(status=JobOffer.Status.REJECTED)
        .first()
    )


def offer_for_manager(user, pk: int) -> JobOffer | None:
    """An offer of a poster ``user`` posts for, in any status."""
    keys = [p.key for p in posters_for(user)]
    if not keys:
        return None
    return JobOffer.objects.filter(pk=pk, poster_key__in=keys).first()


def offers_managed(user) -> QuerySet:
    """The offers of every poster ``user`` posts for, with their counts of
    applications, newest first."""
    keys = [p.key for p in posters_for(user)]
    return (
        JobOffer.objects.filter(poster_key__in=keys)
        .defer("description")
        .annotate(
            application_count=Count("applications", distinct=True),
            new_count=Count(
                "applications",
                filter=Q(applications__status=Application.Status.RECEIVED),
                distinct=True,
            ),
        )
        .order_by("-created_at", "-pk")
    )


def applications_for_offer(offer: JobOffer) -> QuerySet:
    return (
        Application.objects.filter(offer=offer)
        .select_related("applicant")
        .annotate(message_count=Count("messages"))
        .order_by("-created_at", "-pk")
    )


def applications_for_user(user) -> QuerySet:
    """A person's applications with their offers, newest first."""
    if not getattr(user, "is_authenticated", False):
        return Application.objects.none()
    return (
        Application.objects.filter(applicant=user)
        .select_related("offer")
        .defer("offer__description")
        .order_by("-created_at", "-pk")
    )


def application_with_offer(pk: int) -> Application | None:
    return (
        Application.objects.filter(pk=pk).select_related("offer", "applicant").first()
    )


def application_messages(application: Application) -> QuerySet:
    return ApplicationMessage.objects.filter(application=application).order_by(
        "created_at", "pk"
    )


def offer_applied_by(offer: JobOffer, user) -> Application | None:
    if not getattr(user, "is_authenticated", False):
        return None
    return Application.objects.filter(offer=offer, applicant=user).first()


def offers_featured_choices() -> QuerySet:
    """Offers a newsletter may feature: open ones."""
    return JobOffer.objects.filter(open_q()).order_by("-published_at")


@dataclass(frozen=True)
class PosterShown:
    name: str
    url: str
    page_id: int | None = None  # the organisation page shown, for the cache


def poster_shown(offer: JobOffer) -> PosterShown:
    """Who posted ``offer``, in the active language: an organisation's own
    page in that language when it has one (one query), else the name and
    page the offer recorded."""
    kind, _sep, key = offer.poster_key.partition(":")
    if kind == "organisation":
        try:
            translation_key = uuid.UUID(key)
        except ValueError:
            translation_key = None
        page = (
            OrganisationPage.objects.live()
            .filter(
                translation_key=translation_key, locale__language_code=get_language()
            )
            .first()
            if translation_key
            else None
        )
        if page is not None:
            return PosterShown(page.title, page.url or "", page.pk)
    return PosterShown(offer.poster_name, offer.poster_url)
