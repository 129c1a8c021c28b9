"""Writes of the jobs board: offers (post, edit, withdraw, review, close),
applications, their messages and status."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from jobs.cv import cv_clean, cv_display_name
from jobs.hooks import Poster, poster_for
from jobs.models import Application, ApplicationMessage, JobOffer
from rumbo import page_cache
from rumbo.regions import Region
from rumbo.replay import replay_of
from rumbo.spoken_languages import SpokenLanguage
from rumbo.text import text_clean

# How far ahead an offer may close: a year keeps the board current.
MAX_OPEN_DAYS = 365


@dataclass(frozen=True)
class OfferData:
    """What a poster writes about an offer."""

    title: str
    description: str
    kind: str
    town: str
    region: str
    remote: bool
    languages: list[str]
    language: str
    closing_date: date


def _poster_or_refuse(user, key: str) -> Poster:
    poster = poster_for(user, key or "")
    if poster is None:
        raise ValidationError(
            {
                "poster": _(
                    "You cannot post for this organisation or shop. Choose one you post for."
                )
            }
        )
    return poster


def _clean(data: OfferData) -> dict:
    errors: dict[str, str] = {}
    values = {}
    values["title"] = text_clean(
        data.title, field="title", max_length=150, required=True
    )
    values["description"] = text_clean(
        data.description, field="description", max_length=6000, required=True
    )
    values["town"] = text_clean(data.town, field="town", max_length=100)
    if data.kind not in JobOffer.Kind.values:
        errors["kind"] = _("Choose a kind of job from the list.")
    if data.region and data.region not in Region.values:
        errors["region"] = _("Choose a region from the list.")
    if not values["town"] and not data.remote:
        errors["town"] = _("Give the town where the job is, or tick remote.")
    languages = [c for c in dict.fromkeys(data.languages or []) if c]
    if not languages or any(c not in SpokenLanguage.values for c in languages):
        errors["languages"] = _("Choose the languages the job needs from the list.")
    if data.language not in dict(settings.LANGUAGES):
        errors["language"] = _("Choose the language the offer is written in.")
    today = timezone.localdate()
    if not isinstance(data.closing_date, date) or data.closing_date < today:
        errors["closing_date"] = _("The closing date cannot be in the past.")
    elif data.closing_date > today + timedelta(days=MAX_OPEN_DAYS):
        errors["closing_date"] = _("The closing date must be within a year.")
    if errors:
        raise ValidationError(errors)
    return {
        **values,
        "kind": data.kind,
        "region": data.region or "",
        "remote": bool(data.remote),
        "languages": languages,
        "language": data.language,
        "closing_date": data.closing_date,
    }


def _approved_before(poster_key: str) -> bool:
    return JobOffer.objects.filter(
        poster_key=poster_key, approved_at__isnull=False
    ).exists()


def _lock_person(user) -> None:
    # Serialise one person's posts: a double submit waits, then sees the first.
    get_user_model().objects.select_for_update().filter(pk=user.pk).first()


def offer_create(*, user, poster_key: str, data: OfferData) -> JobOffer:
    """Post an offer for a poster ``user`` may post for. A poster with an
    offer staff approved before publishes at once; a new poster's offer waits
    for staff, who are told."""
    poster = _poster_or_refuse(user, poster_key)
    values = _clean(data)
    with transaction.atomic():
        _lock_person(user)
        again = replay_of(
            JobOffer.objects,
            created_by=user,
            poster_key=poster.key,
            title=values["title"],
        )
        if again is not None:
            return again
        now = timezone.now()
        trusted = _approved_before(poster.key)
        offer = JobOffer.objects.create(
            poster_key=poster.key,
            poster_name=poster.label[:200],
            poster_url=poster.public_url[:300],
            created_by=user,
            status=JobOffer.Status.PUBLISHED if trusted else JobOffer.Status.PENDING,
            published_at=now if trusted else None,
            approved_at=now if trusted else None,
            **values,
        )
        if not trusted:
            from jobs.tasks import notify_offer_pending_task

            transaction.on_commit(lambda: notify_offer_pending_task.delay(offer.pk))
    return offer


def _lock_managed(user, offer: JobOffer) -> JobOffer:
    locked = JobOffer.objects.select_for_update().filter(pk=offer.pk).first()
    if locked is None:
        raise ValidationError(_("This job offer no longer exists."))
    if poster_for(user, locked.poster_key) is None:
        raise PermissionDenied(
            _("You can no longer manage the offers of %(poster)s.")
            % {"poster": locked.poster_name}
        )
    return locked


def offer_update(*, user, offer: JobOffer, data: OfferData) -> JobOffer:
    """Change an offer; an offer staff did not approve goes back to them."""
    values = _clean(data)
    with transaction.atomic():
        offer = _lock_managed(user, offer)
        if offer.status == JobOffer.Status.CLOSED:
            raise ValidationError(_("This offer is closed and can no longer change."))
        resubmitted = offer.status == JobOffer.Status.REJECTED
        for name, value in values.items():
            setattr(offer, name, value)
        if resubmitted:
            offer.status = JobOffer.Status.PENDING
        offer.save()
        if resubmitted:
            from jobs.tasks import notify_offer_pending_task

            transaction.on_commit(lambda: notify_offer_pending_task.delay(offer.pk))
    return offer


def offer_withdraw(*, user, offer: JobOffer) -> JobOffer:
    """Close an offer before its date; its applications stay for both sides."""
    with transaction.atomic():
        offer = _lock_managed(user, offer)
        if offer.status != JobOffer.Status.CLOSED:
            offer.status = JobOffer.Status.CLOSED
            offer.closed_at = timezone.now()
            offer.save(update_fields=["status", "closed_at", "updated_at"])
    return offer


def offer_review(
    *, offer: JobOffer, by, status: str, note: str = "", changes: dict | None = None
) -> JobOffer:
    """Staff decide on an offer (and may mend its words): publishing approves
    its poster for later offers; the poster's person is told of a decision."""
    if not (by.is_active and by.has_perm("jobs.change_joboffer")):
        raise PermissionDenied(_("You are not allowed to review job offers."))
    if status not in JobOffer.Status.values:
        raise ValidationError({"status": _("Choose a status from the list.")})
    note = text_clean(note, field="review_note", max_length=300)
    if status == JobOffer.Status.REJECTED and not note:
        raise ValidationError({"review_note": _("Say what the poster should change.")})
    with transaction.atomic():
        locked = JobOffer.objects.select_for_update().filter(pk=offer.pk).first()
        if locked is None:
            raise ValidationError(_("This job offer no longer exists."))
        before = locked.status
        for name, value in (changes or {}).items():
            setattr(locked, name, value)
        now = timezone.now()
        locked.status = status
        locked.review_note = note
        if status == JobOffer.Status.PUBLISHED:
            locked.approved_at = locked.approved_at or now
            locked.published_at = locked.published_at or now
        if status == JobOffer.Status.CLOSED and not locked.closed_at:
            locked.closed_at = now
        locked.save()
        decided = before == JobOffer.Status.PENDING and status in (
            JobOffer.Status.PUBLISHED,
            JobOffer.Status.REJECTED,
        )
        if decided:
            from jobs.tasks import notify_offer_reviewed_task

            transaction.on_commit(
                lambda: notify_offer_reviewed_task.delay(locked.pk, status)
            )
    return locked


def offers_close_past(*, today: date | None = None) -> int:
    """Mark published offers past their closing date closed (lists already
    leave them out when read); returns how many."""
    today = today or timezone.localdate()
    past = JobOffer.objects.filter(
        status=JobOffer.Status.PUBLISHED, closing_date__lt=today
    )
    ids = list(past.values_list("pk", flat=True)[:5000])
    if not ids:
        return 0
    closed = JobOffer.objects.filter(pk__in=ids).update(
        status=JobOffer.Status.CLOSED, closed_at=timezone.now()
    )
    page_cache.purge("jobs", *(f"job:{pk}" for pk in ids))
    return closed


# --- Applications ---------------------------------------------------------


def application_create(*, user, offer: JobOffer, message: str, cv=None) -> Application:
    """Apply to an open offer, once, with a message and an optional PDF CV."""
    if not user.is_authenticated or not user.is_active:
        raise PermissionDenied(_("Log in to apply."))
    message = text_clean(
        message,
        field="message",
        max_length=3000,
        required=True,
        required_message=_("Write a few words about why you are applying."),
    )
    content = cv_clean(cv) if cv else None
    with transaction.atomic():
        _lock_person(user)
        offer = JobOffer.objects.filter(pk=offer.pk).first()
        if offer is None or not offer.is_open:
            raise ValidationError(_("This offer is not open for applications."))
        if offer.created_by_id == user.pk or poster_for(user, offer.poster_key):
            raise ValidationError(_("You cannot apply to your own offer."))
        if Application.objects.filter(offer=offer, applicant=user).exists():
            raise ValidationError(_("You have already applied to this offer."))
        application = Application(offer=offer, applicant=user, message=message)
        if content is not None:
            application.cv_name = cv_display_name(getattr(cv, "name", ""))
            application.cv.save("cv.pdf", ContentFile(content), save=False)
        try:
            with transaction.atomic():
                application.save()
        except IntegrityError as error:
            if application.cv:
                application.cv.delete(save=False)
            raise ValidationError(
                _("You have already applied to this offer.")
            ) from error
        from jobs.tasks import notify_application_received_task

        transaction.on_commit(
            lambda: notify_application_received_task.delay(application.pk)
        )
    return application


def application_side(user, application: Application) -> str | None:
    """ "applicant", "poster" or None: which side of ``application`` user is on."""
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return None
    if application.applicant_id == user.pk:
        return "applicant"
    if poster_for(user, application.offer.poster_key) is not None:
        return "poster"
    return None


def application_message_post(
    *, user, application: Application, body: str
) -> ApplicationMessage:
    """A message in the thread, from either side; the other side is emailed
    a link back here (never the address of the writer)."""
    side = application_side(user, application)
    if side is None:
        raise PermissionDenied(_("You cannot write in this conversation."))
    body = text_clean(
        body,
        field="body",
        max_length=3000,
        required=True,
        required_message=_("Write your message."),
    )
    with transaction.atomic():
        Application.objects.select_for_update().filter(pk=application.pk).first()
        again = replay_of(
            ApplicationMessage.objects,
            application=application,
            author=user,
            body=body,
        )
        if again is not None:
            return again
        message = ApplicationMessage.objects.create(
            application=application,
            author=user,
            from_poster=side == "poster",
            body=body,
        )
        from jobs.tasks import notify_message_posted_task

        transaction.on_commit(lambda: notify_message_posted_task.delay(message.pk))
    return message


def application_status_set(
    *, user, application: Application, status: str
) -> Application:
    """The poster moves an application on; the applicant is told."""
    if application_side(user, application) != "poster":
        raise PermissionDenied(_("Only the poster of the offer can change this."))
    if status not in Application.Status.values:
        raise ValidationError({"status": _("Choose a status from the list.")})
    with transaction.atomic():
        locked = Application.objects.select_for_update().get(pk=application.pk)
        if locked.status == status:
            return locked
        locked.status = status
        locked.save(update_fields=["status", "updated_at"])
        from jobs.tasks import notify_application_status_task

        transaction.on_commit(
            lambda: notify_application_status_task.delay(locked.pk, status)
        )
    return locked


# --- Accounts ---------------------------------------------------------------


def person_jobs_delete(user) -> None:
    """Before an account goes: their applications and CVs go with it; the
    offers they posted belong to their organisation or shop and stay, without
    them (created_by and their messages' author become empty)."""
    applications = Application.objects.filter(applicant=user)
    files = list(applications.exclude(cv="").values_list("cv", flat=True))
    applications.delete()
    storage = Application._meta.get_field("cv").storage

    def files_delete():
        for name in files:
            storage.delete(name)

    # After the commit: a deletion that rolls back keeps its CVs.
    transaction.on_commit(files_delete)
    JobOffer.objects.filter(created_by=user).update(created_by=None)
    ApplicationMessage.objects.filter(author=user).update(author=None)
