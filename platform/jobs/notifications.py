"""Emails of the jobs board, sent by jobs.tasks. Each says what happened and
links back to the platform: neither side ever gets the other's address."""

from __future__ import annotations

from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext as _

from jobs.hooks import poster_for
from jobs.models import Application, ApplicationMessage, JobOffer
from outbox.services import Notice, notify, staff_recipients

REVIEW_PERMISSION = "jobs.change_joboffer"


def _poster_person(offer: JobOffer):
    """Who answers for the poster: the person who posted the offer, while
    they still post for it."""
    person = offer.created_by
    if person is None or poster_for(person, offer.poster_key) is None:
        return None
    return person


def _admin_path(offer: JobOffer) -> str:
    try:
        return reverse("jobs_joboffer:edit", args=[offer.pk])
    except NoReverseMatch:
        return ""


def offer_pending_notify(*, offer_id: int) -> int:
    offer = JobOffer.objects.filter(pk=offer_id).first()
    if offer is None or offer.status != JobOffer.Status.PENDING:
        return 0
    staff = staff_recipients(can=lambda user: user.has_perm(REVIEW_PERMISSION))
    return notify(
        to=staff,
        key=f"jobs:pending:{offer.pk}:{offer.updated_at.timestamp()}",
        build=lambda: Notice(
            subject=_("A job offer is waiting for approval"),
            lines=[
                _("%(poster)s posted their first job offer: %(title)s.")
                % {"poster": offer.poster_name, "title": offer.title},
                _("Approve it or say what to change in the admin."),
            ],
            path=_admin_path(offer),
        ),
    )


def offer_reviewed_notify(*, offer_id: int, status: str) -> int:
    offer = JobOffer.objects.select_related("created_by").filter(pk=offer_id).first()
    if offer is None or offer.status != status:
        return 0
    person = _poster_person(offer)
    if person is None:
        return 0
    if status == JobOffer.Status.PUBLISHED:

        def build():
            return Notice(
                subject=_("Your job offer is published: %(title)s")
                % {"title": offer.title},
                lines=[_("People can now find it and apply on Rumbo.")],
                path=offer.get_absolute_url(),
            )

    else:

        def build():
            return Notice(
                subject=_("Your job offer needs changes: %(title)s")
                % {"title": offer.title},
                lines=[offer.review_note, _("Change it and it comes back to us.")],
                path=reverse("jobs:edit", kwargs={"pk": offer.pk}),
            )

    return notify(to=person, key=f"jobs:reviewed:{offer.pk}:{status}", build=build)


def application_received_notify(*, application_id: int) -> int:
    application = (
        Application.objects.select_related("offer__created_by", "applicant")
        .filter(pk=application_id)
        .first()
    )
    if application is None:
        return 0
    person = _poster_person(application.offer)
    if person is None:
        return 0
    return notify(
        to=person,
        key=f"jobs:applied:{application.pk}",
        build=lambda: Notice(
            subject=_("New application for %(title)s")
            % {"title": application.offer.title},
            lines=[
                _(
                    "%(name)s applied to your offer. Read the application and answer on Rumbo."
                )
                % {"name": application.applicant.public_name}
            ],
            path=reverse("jobs:application", kwargs={"pk": application.pk}),
        ),
    )


def message_posted_notify(*, message_id: int) -> int:
    message = (
        ApplicationMessage.objects.select_related(
            "application__offer__created_by", "application__applicant"
        )
        .filter(pk=message_id)
        .first()
    )
    if message is None:
        return 0
    application = message.application
    if message.from_poster:
        recipient = application.applicant
    else:
        recipient = _poster_person(application.offer)
    if recipient is None:
        return 0
    return notify(
        to=recipient,
        key=f"jobs:message:{message.pk}",
        build=lambda: Notice(
            subject=_("You have a new message about %(title)s")
            % {"title": application.offer.title},
            lines=[_("Read it and answer on Rumbo.")],
            path=reverse("jobs:application", kwargs={"pk": application.pk}),
        ),
    )


def application_status_notify(*, application_id: int, status: str) -> int:
    application = (
        Application.objects.select_related("offer", "applicant")
        .filter(pk=application_id)
        .first()
    )
    if application is None or application.status != status:
        return 0
    return notify(
        to=application.applicant,
        key=f"jobs:status:{application.pk}:{status}",
        build=lambda: Notice(
            subject=_("Your application for %(title)s: %(status)s")
            % {
                "title": application.offer.title,
                "status": application.get_status_display(),
            },
            lines=[_("See your application on Rumbo.")],
            path=reverse("jobs:application", kwargs={"pk": application.pk}),
        ),
    )
