"""Emails of mentoring, built in the recipient's language and queued once."""

from __future__ import annotations

from django.urls import reverse
from django.utils.translation import gettext as _

from mentoring.models import MentoringRequest, MentorProfile, Mentorship, Message
from outbox.services import Notice, notify, staff_recipients

# Staff hear when a mentor profile starts waiting (mentor_profile_save queues
# this only then). The claim lasts a window so that a quick
# reject-edit-reject-edit cycle, or a retried task, sends one email per staff
# member, not one per click.
MENTOR_REVIEW_WINDOW = 10 * 60


def _request(request_id: int) -> MentoringRequest | None:
    return (
        MentoringRequest.objects.select_related("mentee", "mentor__user")
        .filter(pk=request_id)
        .first()
    )


def request_received_notify(*, request_id: int) -> bool:
    req = _request(request_id)
    if req is None or req.status != MentoringRequest.Status.PENDING:
        return False
    mentor = req.mentor.user
    sent = notify(
        to=mentor,
        key=f"mentoring:request-received:{req.pk}:{mentor.pk}",
        build=lambda: Notice(
            subject=_("%(name)s asks you to be their mentor")
            % {"name": req.mentee.public_name},
            lines=[
                _("%(name)s would like you to mentor them. Their message:")
                % {"name": req.mentee.public_name},
                req.message,
                _("Accept or decline from your mentoring page."),
            ],
            path=reverse("mentoring:dashboard"),
        ),
    )
    return sent > 0


def request_answered_notify(*, request_id: int) -> int:
    """Tell the mentee the answer; on acceptance tell the mentor too."""
    req = _request(request_id)
    if req is None:
        return 0
    sent = 0
    if req.status == MentoringRequest.Status.DECLINED:

        def declined() -> Notice:
            lines = [
                _("%(name)s cannot mentor you at the moment.")
                % {"name": req.mentor.user.public_name}
            ]
            if req.answer:
                lines.append(_("Their reason: %(reason)s") % {"reason": req.answer})
            lines.append(_("Choose another mentor among your recommendations."))
            return Notice(
                subject=_("Your mentoring request was declined"),
                lines=lines,
                path=reverse("mentoring:recommended"),
            )

        sent += notify(
            to=req.mentee,
            key=f"mentoring:request-declined:{req.pk}:{req.mentee.pk}",
            build=declined,
        )
    elif req.status == MentoringRequest.Status.ACCEPTED:
        mentorship = Mentorship.objects.filter(request=req).first()
        if mentorship is not None:
            sent += mentorship_started_notify(mentorship_id=mentorship.pk)
    return sent


def request_reminder_notify(*, request_id: int) -> bool:
    req = _request(request_id)
    if req is None or req.status != MentoringRequest.Status.PENDING:
        return False
    mentor = req.mentor.user
    sent = notify(
        to=mentor,
        key=f"mentoring:request-reminder:{req.pk}:{mentor.pk}",
        build=lambda: Notice(
            subject=_("Reminder: %(name)s is waiting for your answer")
            % {"name": req.mentee.public_name},
            lines=[
                _("%(name)s asked you to be their mentor and is still waiting.")
                % {"name": req.mentee.public_name},
                _("Please accept or decline: unanswered requests expire."),
            ],
            path=reverse("mentoring:dashboard"),
        ),
    )
    return sent > 0


def request_expired_notify(*, request_id: int) -> bool:
    req = _request(request_id)
    if req is None or req.status != MentoringRequest.Status.EXPIRED:
        return False
    sent = notify(
        to=req.mentee,
        key=f"mentoring:request-expired:{req.pk}:{req.mentee.pk}",
        build=lambda: Notice(
            subject=_("Your mentoring request expired"),
            lines=[
                _("%(name)s did not answer your request in time.")
                % {"name": req.mentor.user.public_name},
                _("Please choose another mentor: your recommendations are waiting."),
            ],
            path=reverse("mentoring:recommended"),
        ),
    )
    return sent > 0


def mentorship_started_notify(*, mentorship_id: int) -> int:
    m = (
        Mentorship.objects.select_related("mentee", "mentor__user")
        .filter(pk=mentorship_id)
        .first()
    )
    if m is None or m.status != Mentorship.Status.ACTIVE:
        return 0

    def started(subject: str, other) -> Notice:
        return Notice(
            subject=subject % {"name": other.public_name},
            lines=[
                _(
                    "Your mentorship with %(name)s has started. Set your first goals together in your workspace."
                )
                % {"name": other.public_name}
            ],
            path=reverse("mentoring:workspace", kwargs={"pk": m.pk}),
        )

    mentee, mentor = m.mentee, m.mentor.user
    sent = notify(
        to=mentee,
        key=f"mentoring:started:{m.pk}:{mentee.pk}",
        build=lambda: started(_("%(name)s is your mentor"), mentor),
    )
    sent += notify(
        to=mentor,
        key=f"mentoring:started:{m.pk}:{mentor.pk}",
        build=lambda: started(_("You are now mentoring %(name)s"), mentee),
    )
    return sent


def message_posted_notify(*, message_id: int) -> bool:
    message = (
        Message.objects.select_related(
            "author", "mentorship__mentee", "mentorship__mentor__user"
        )
        .filter(pk=message_id)
        .first()
    )
    if message is None:
        return False
    m = message.mentorship
    recipient = m.mentor.user if message.author_id == m.mentee_id else m.mentee
    sent = notify(
        to=recipient,
        key=f"mentoring:message:{message.pk}:{recipient.pk}",
        build=lambda: Notice(
            subject=_("New message from %(name)s")
            % {"name": message.author.public_name},
            lines=[message.body],
            path=reverse("mentoring:workspace", kwargs={"pk": m.pk}),
        ),
    )
    return sent > 0


def mentorship_ended_notify(*, mentorship_id: int) -> bool:
    m = (
        Mentorship.objects.select_related("mentee", "mentor__user", "ended_by")
        .filter(pk=mentorship_id)
        .first()
    )
    if m is None or m.status != Mentorship.Status.ENDED:
        return False
    other = m.mentor.user if m.ended_by_id == m.mentee_id else m.mentee
    sent = notify(
        to=other,
        key=f"mentoring:ended:{m.pk}:{other.pk}",
        build=lambda: Notice(
            subject=_("Your mentorship has ended"),
            lines=[
                _("%(name)s ended your mentorship.")
                % {"name": m.ended_by.public_name if m.ended_by else "Rumbo"},
                _("You can still leave private feedback for the programme staff."),
            ],
            path=reverse("mentoring:workspace", kwargs={"pk": m.pk}),
        ),
    )
    return sent > 0


def mentor_status_notify(*, mentor_id: int) -> bool:
    mentor = MentorProfile.objects.select_related("user").filter(pk=mentor_id).first()
    if mentor is None or mentor.status == MentorProfile.Status.PENDING:
        return False

    def build() -> Notice:
        if mentor.status == MentorProfile.Status.APPROVED:
            return Notice(
                subject=_("Your mentor profile is approved"),
                lines=[_("Your profile is now public in the mentor directory.")],
                path=reverse("mentoring:mentor_detail", kwargs={"pk": mentor.pk}),
            )
        lines = [_("Your mentor profile was not approved.")]
        if mentor.status_note:
            lines.append(mentor.status_note)
        return Notice(
            subject=_("Your mentor application"),
            lines=lines,
            path=reverse("mentoring:apply"),
        )

    sent = notify(
        to=mentor.user,
        key=f"mentoring:mentor-status:{mentor.pk}:{mentor.status}:{mentor.user.pk}",
        build=build,
    )
    return sent > 0


def mentor_pending_notify(*, mentor_id: int) -> int:
    """Tell the staff who approve mentors that a profile is waiting.

    Anyone who passes the approval screens' guard (active staff) can act,
    so they all hear; superusers if there is no such staff.
    """
    mentor = MentorProfile.objects.select_related("user").filter(pk=mentor_id).first()
    if mentor is None or mentor.status != MentorProfile.Status.PENDING:
        return 0
    name = mentor.user.public_name

    def build() -> Notice:
        lines = [
            _(
                "%(name)s wants to be a mentor. Their profile is not public "
                "until staff approve it."
            )
            % {"name": name}
        ]
        if mentor.headline:
            lines.append(mentor.headline)
        lines.append(_("Approve or reject it on the mentor approval page below."))
        return Notice(
            subject=_("%(name)s's mentor profile is waiting for approval")
            % {"name": name},
            lines=lines,
            path=reverse("mentoring:staff_home"),
        )

    return sum(
        notify(
            to=staff,
            key=f"mentoring:mentor-pending:{mentor.pk}:{staff.pk}",
            build=build,
            ttl=MENTOR_REVIEW_WINDOW,
        )
        for staff in staff_recipients()
    )
