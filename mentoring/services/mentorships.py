"""The mentorship workspace: goals, sessions, messages, ending and feedback."""

from __future__ import annotations

from datetime import date, timedelta

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from mentoring.models import Feedback, Goal, Mentorship, Message, Session
from rumbo.replay import replay_of
from rumbo.text import text_clean


def _lock_active(mentorship_id: int, user, *, allow_ended: bool = False) -> Mentorship:
    """The mentorship locked for update, if `user` is one of the pair."""
    mentorship = (
        Mentorship.objects.select_for_update()
        .select_related("mentor")
        .filter(pk=mentorship_id)
        .first()
    )
    if mentorship is None or not mentorship.is_party(user):
        raise PermissionDenied(_("Only the mentor and the mentee can do this."))
    if mentorship.status != Mentorship.Status.ACTIVE and not allow_ended:
        raise ValidationError(_("This mentorship has ended."))
    return mentorship


def goal_add(
    *, mentorship_id: int, user, title: str, target_date: date | None = None
) -> Goal:
    title = text_clean(title, field="title", max_length=200, required=True)
    with transaction.atomic():
        mentorship = _lock_active(mentorship_id, user)
        duplicate = replay_of(Goal.objects, mentorship=mentorship, title=title)
        if duplicate is not None:
            return duplicate
        return Goal.objects.create(
            mentorship=mentorship, title=title, target_date=target_date, created_by=user
        )


def goal_status_set(*, goal_id: int, user, status: str) -> Goal:
    if status not in Goal.Status.values:
        raise ValidationError({"status": _("Choose a valid status.")})
    with transaction.atomic():
        mentorship_id = (
            Goal.objects.filter(pk=goal_id)
            .values_list("mentorship_id", flat=True)
            .first()
        )
        if mentorship_id is None:
            raise PermissionDenied(_("Only the mentor and the mentee can do this."))
        _lock_active(mentorship_id, user)
        goal = Goal.objects.get(pk=goal_id)
        goal.status = status
        goal.achieved_at = timezone.now() if status == Goal.Status.ACHIEVED else None
        goal.save(update_fields=["status", "achieved_at"])
    return goal


def session_log(
    *,
    mentorship_id: int,
    user,
    date: date,
    minutes: int,
    format: str,
    notes: str = "",
    next_steps: str = "",
) -> Session:
    if date > timezone.localdate() + timedelta(days=1):
        raise ValidationError(
            {"date": _("Log sessions that have taken place, not future ones.")}
        )
    if not (5 <= int(minutes) <= 600):
        raise ValidationError(
            {"minutes": _("Give a length between 5 and 600 minutes.")}
        )
    notes = text_clean(notes, field="notes", max_length=4000, required=False)
    next_steps = text_clean(
        next_steps, field="next_steps", max_length=2000, required=False
    )
    with transaction.atomic():
        mentorship = _lock_active(mentorship_id, user)
        duplicate = replay_of(
            Session.objects,
            mentorship=mentorship,
            date=date,
            minutes=minutes,
            notes=notes,
        )
        if duplicate is not None:
            return duplicate
        session = Session(
            mentorship=mentorship,
            date=date,
            minutes=minutes,
            format=format,
            notes=notes,
            next_steps=next_steps,
            created_by=user,
        )
        session.full_clean(exclude=["mentorship", "created_by"])
        session.save()
    return session


def message_post(*, mentorship_id: int, user, body: str) -> Message:
    """Post to the pair's thread and email the other side."""
    body = text_clean(body, field="body", max_length=4000, required=True)
    with transaction.atomic():
        mentorship = _lock_active(mentorship_id, user)
        duplicate = replay_of(
            Message.objects, mentorship=mentorship, author=user, body=body
        )
        if duplicate is not None:
            return duplicate
        message = Message.objects.create(mentorship=mentorship, author=user, body=body)
        from mentoring.tasks import notify_message_posted_task

        transaction.on_commit(lambda: notify_message_posted_task.delay(message.pk))
    return message


def _feedback(mentorship: Mentorship, user, rating, comment: str) -> Feedback:
    try:
        rating = int(rating)
    except (TypeError, ValueError):
        rating = 0
    if not 1 <= rating <= 5:
        raise ValidationError({"rating": _("Give a rating from 1 to 5.")})
    comment = text_clean(comment, field="comment", max_length=3000, required=False)
    if Feedback.objects.filter(mentorship=mentorship, author=user).exists():
        raise ValidationError(_("You have already left your feedback."))
    return Feedback.objects.create(
        mentorship=mentorship, author=user, rating=rating, comment=comment
    )


def mentorship_end(
    *, mentorship_id: int, user, rating, comment: str = ""
) -> Mentorship:
    """Either side ends the mentorship with private feedback (staff only read it)."""
    with transaction.atomic():
        mentorship = _lock_active(mentorship_id, user)
        # The mentor's row too: ending frees a place that accepts count.
        from mentoring.models import MentorProfile

        MentorProfile.objects.select_for_update().filter(
            pk=mentorship.mentor_id
        ).first()
        _feedback(mentorship, user, rating, comment)
        mentorship.status = Mentorship.Status.ENDED
        mentorship.ended_at = timezone.now()
        mentorship.ended_by = user
        mentorship.save(update_fields=["status", "ended_at", "ended_by"])
        from mentoring.tasks import notify_mentorship_ended_task

        transaction.on_commit(lambda: notify_mentorship_ended_task.delay(mentorship.pk))
    return mentorship


def feedback_leave(*, mentorship_id: int, user, rating, comment: str = "") -> Feedback:
    """The other side's feedback once the mentorship has ended."""
    with transaction.atomic():
        mentorship = _lock_active(mentorship_id, user, allow_ended=True)
        if mentorship.status != Mentorship.Status.ENDED:
            raise ValidationError(_("Feedback is left when the mentorship ends."))
        return _feedback(mentorship, user, rating, comment)
