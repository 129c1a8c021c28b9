"""Emails of mentoring, built in the recipient's language and queued once."""

from __future__ import annotations

from django.conf import settings
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from mentoring.models import MentoringRequest, MentorProfile, Mentorship, Message
from outbox.services import (
    NOTIFICATION_TTL,
    email_text_queue,
    notification_claim,
    staff_recipients,
)

# Staff hear when a mentor profile starts waiting (mentor_profile_save queues
# this only then). The claim lasts a window so that a quick
# reject-edit-reject-edit cycle, or a retried task, sends one email per staff
# member, not one per click.
MENTOR_REVIEW_WINDOW = 10 * 60


def _send(*, user, key: str, build, ttl: int = NOTIFICATION_TTL) -> bool:
    """Email `user` once per `key` (within `ttl`); `build()` returns
    (subject, lines, path) and runs in the user's language."""
    if not user.is_active or not user.email:
        return False
    if not notification_claim(key=f"mentoring:{key}:{user.pk}", ttl=ttl):
        return False
    with translation.override(user.preferred_language or settings.LANGUAGE_CODE):
        subject, lines, path = build()
        body = render_to_string(
            "mentoring/email/notification.txt",
            {
                "name": user.public_name,
                "lines": lines,
                "url": f"{settings.SITE_URL}{reverse(path[0], kwargs=path[1])}"
                if path
                else "",
            },
        )
    email_text_queue(to=[user.email], subject=subject, body=body)
    return True


def request_received_notify(*, request_id: int) -> bool:
    req = (
        MentoringRequest.objects.select_related("mentee", "mentor__user")
        .filter(pk=request_id)
        .first()
    )
    if req is None or req.status != MentoringRequest.Status.PENDING:
        return False
    return _send(
        user=req.mentor.user,
        key=f"request-received:{req.pk}",
        build=lambda: (
            _("%(name)s asks you to be their mentor")
            % {"name": req.mentee.public_name},
            [
                _("%(name)s would like you to mentor them. Their message:")
                % {"name": req.mentee.public_name},
                req.message,
                _("Accept or decline from your mentoring page."),
            ],
            ("mentoring:dashboard", {}),
        ),
    )


def request_answered_notify(*, request_id: int) -> int:
    """Tell the mentee the answer; on acceptance tell the mentor too."""
    req = (
        MentoringRequest.objects.select_related("mentee", "mentor__user")
        .filter(pk=request_id)
        .first()
    )
    if req is None:
        return 0
    sent = 0
    if req.status == MentoringRequest.Status.DECLINED:

        def declined():
            lines = [
                _("%(name)s cannot mentor you at the moment.")
                % {"name": req.mentor.user.public_name}
            ]
            if req.answer:
                lines.append(_("Their reason: %(reason)s") % {"reason": req.answer})
            lines.append(_("Choose another mentor among your recommendations."))
            return (
                _("Your mentoring request was declined"),
                lines,
                ("mentoring:recommended", {}),
            )

        sent += _send(user=req.mentee, key=f"request-declined:{req.pk}", build=declined)
    elif req.status == MentoringRequest.Status.ACCEPTED:
        mentorship = Mentorship.objects.filter(request=req).first()
        if mentorship is not None:
            sent += mentorship_started_notify(mentorship_id=mentorship.pk)
    return sent


def request_reminder_notify(*, request_id: int) -> bool:
    req = (
        MentoringRequest.objects.select_related("mentee", "mentor__user")
        .filter(pk=request_id)
        .first()
    )
    if req is None or req.status != MentoringRequest.Status.PENDING:
        return False
    return _send(
        user=req.mentor.user,
        key=f"request-reminder:{req.pk}",
        build=lambda: (
            _("Reminder: %(name)s is waiting for your answer")
            % {"name": req.mentee.public_name},
            [
                _("%(name)s asked you to be their mentor and is still waiting.")
                % {"name": req.mentee.public_name},
                _("Please accept or decline: unanswered requests expire."),
            ],
            ("mentoring:dashboard", {}),
        ),
    )


def request_expired_notify(*, request_id: int) -> bool:
    req = (
        MentoringRequest.objects.select_related("mentee", "mentor__user")
        .filter(pk=request_id)
        .first()
    )
    if req is None or req.status != MentoringRequest.Status.EXPIRED:
        return False
    return _send(
        user=req.mentee,
        key=f"request-expired:{req.pk}",
        build=lambda: (
            _("Your mentoring request expired"),
            [
                _("%(name)s did not answer your request in time.")
                % {"name": req.mentor.user.public_name},
                _("Please choose another mentor: your recommendations are waiting."),
            ],
            ("mentoring:recommended", {}),
        ),
    )


def mentorship_started_notify(*, mentorship_id: int) -> int:
    m = (
        Mentorship.objects.select_related("mentee", "mentor__user")
        .filter(pk=mentorship_id)
        .first()
    )
    if m is None or m.status != Mentorship.Status.ACTIVE:
        return 0
    path = ("mentoring:workspace", {"pk": m.pk})
    sent = _send(
        user=m.mentee,
        key=f"started:{m.pk}",
        build=lambda: (
            _("%(name)s is your mentor") % {"name": m.mentor.user.public_name},
            [
                _(
                    "Your mentorship with %(name)s has started. Set your first goals together in your workspace."
                )
                % {"name": m.mentor.user.public_name}
            ],
            path,
        ),
    )
    sent += _send(
        user=m.mentor.user,
        key=f"started:{m.pk}",
        build=lambda: (
            _("You are now mentoring %(name)s") % {"name": m.mentee.public_name},
            [
                _(
                    "Your mentorship with %(name)s has started. Set your first goals together in your workspace."
                )
                % {"name": m.mentee.public_name}
            ],
            path,
        ),
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
    return _send(
        user=recipient,
        key=f"message:{message.pk}",
        build=lambda: (
            _("New message from %(name)s") % {"name": message.author.public_name},
            [message.body],
            ("mentoring:workspace", {"pk": m.pk}),
        ),
    )


def mentorship_ended_notify(*, mentorship_id: int) -> bool:
    m = (
        Mentorship.objects.select_related("mentee", "mentor__user", "ended_by")
        .filter(pk=mentorship_id)
        .first()
    )
    if m is None or m.status != Mentorship.Status.ENDED:
        return False
    other = m.mentor.user if m.ended_by_id == m.mentee_id else m.mentee
    return _send(
        user=other,
        key=f"ended:{m.pk}",
        build=lambda: (
            _("Your mentorship has ended"),
            [
                _("%(name)s ended your mentorship.")
                % {"name": m.ended_by.public_name if m.ended_by else "Rumbo"},
                _("You can still leave private feedback for the programme staff."),
            ],
            ("mentoring:workspace", {"pk": m.pk}),
        ),
    )


def mentor_status_notify(*, mentor_id: int) -> bool:
    mentor = MentorProfile.objects.select_related("user").filter(pk=mentor_id).first()
    if mentor is None or mentor.status == MentorProfile.Status.PENDING:
        return False

    def build():
        if mentor.status == MentorProfile.Status.APPROVED:
            return (
                _("Your mentor profile is approved"),
                [_("Your profile is now public in the mentor directory.")],
                ("mentoring:mentor_detail", {"pk": mentor.pk}),
            )
        lines = [_("Your mentor profile was not approved.")]
        if mentor.status_note:
            lines.append(mentor.status_note)
        return _("Your mentor application"), lines, ("mentoring:apply", {})

    return _send(
        user=mentor.user, key=f"mentor-status:{mentor.pk}:{mentor.status}", build=build
    )


def mentor_pending_notify(*, mentor_id: int) -> int:
    """Tell the staff who approve mentors that a profile is waiting.

    Anyone who passes the approval screens' guard (active staff) can act,
    so they all hear; superusers if there is no such staff.
    """
    mentor = MentorProfile.objects.select_related("user").filter(pk=mentor_id).first()
    if mentor is None or mentor.status != MentorProfile.Status.PENDING:
        return 0
    name = mentor.user.public_name

    def build():
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
        return (
            _("%(name)s's mentor profile is waiting for approval") % {"name": name},
            lines,
            ("mentoring:staff_home", {}),
        )

    return sum(
        _send(
            user=staff,
            key=f"mentor-pending:{mentor.pk}",
            build=build,
            ttl=MENTOR_REVIEW_WINDOW,
        )
        for staff in staff_recipients()
    )
