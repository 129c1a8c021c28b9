"""Writes for a course's questions and answers: ask, answer, accept, hide."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING, TypeVar

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from courses.models import Answer, Question
from courses.permissions import can_take_part, is_instructor
from outbox.services import email_text_queue, notification_claim

if TYPE_CHECKING:
    from courses.models import CoursePage
    from users.models import User

# A second identical post by the same person this soon is a double submit.
DUPLICATE_WINDOW = timedelta(seconds=60)

Post = TypeVar("Post", Question, Answer)


def _text(value: str, *, field: str, max_length: int, required: bool) -> str:
    value = (value or "").strip()
    if required and not value:
        raise ValidationError({field: _("This field is required.")})
    if len(value) > max_length:
        raise ValidationError(
            {field: _("Keep it to %(max)d characters or fewer.") % {"max": max_length}}
        )
    return value


def _require_participant(user: User, course: CoursePage) -> None:
    if not can_take_part(user, course):
        raise PermissionDenied(
            _("Only the course's learners and instructors can take part.")
        )


def question_ask(
    *, course: CoursePage, author: User, title: str, body: str = ""
) -> Question:
    """Ask a question on a course; the same question again within a minute is
    returned instead of being stored twice."""
    _require_participant(author, course)
    title = _text(
        title,
        field="title",
        max_length=Question._meta.get_field("title").max_length,
        required=True,
    )
    body = _text(
        body,
        field="body",
        max_length=Question._meta.get_field("body").max_length,
        required=False,
    )
    with transaction.atomic():
        # Serialises one person's posts, so two racing submits see each other.
        get_user_model().objects.select_for_update().filter(pk=author.pk).first()
        duplicate = Question.objects.filter(
            course_id=course.pk,
            author_id=author.pk,
            title=title,
            body=body,
            created_at__gte=timezone.now() - DUPLICATE_WINDOW,
        ).first()
        if duplicate is not None:
            return duplicate
        return Question.objects.create(
            course=course, author=author, title=title, body=body
        )


def answer_post(*, question: Question, author: User, body: str) -> Answer:
    """Answer a question and email the asker (unless they answer themselves).

    The same answer by the same person within a minute is returned instead of
    being stored (and notified) twice.
    """
    if question.hidden and not author.is_staff:
        raise PermissionDenied(_("This question is no longer open."))
    _require_participant(author, question.course)
    body = _text(
        body,
        field="body",
        max_length=Answer._meta.get_field("body").max_length,
        required=True,
    )
    with transaction.atomic():
        Question.objects.select_for_update().filter(pk=question.pk).first()
        duplicate = Answer.objects.filter(
            question_id=question.pk,
            author_id=author.pk,
            body=body,
            created_at__gte=timezone.now() - DUPLICATE_WINDOW,
        ).first()
        if duplicate is not None:
            return duplicate
        answer = Answer.objects.create(question=question, author=author, body=body)
        if question.author_id != author.pk:
            from courses.tasks import notify_answer_task

            transaction.on_commit(lambda: notify_answer_task.delay(answer.pk))
    return answer


def answer_accept(*, answer: Answer, user: User) -> Answer:
    """Mark `answer` as the accepted one of its question, replacing any other.

    Only the course's instructors may; accepting the accepted answer again
    changes nothing.
    """
    question = answer.question
    if not is_instructor(user, question.course):
        raise PermissionDenied(_("Only the course's instructors can accept an answer."))
    if answer.hidden or question.hidden:
        raise PermissionDenied(_("A hidden answer cannot be accepted."))
    with transaction.atomic():
        Question.objects.select_for_update().filter(pk=question.pk).first()
        # Clear the old one first: the database allows one accepted per question.
        Answer.objects.filter(question_id=question.pk, accepted=True).exclude(
            pk=answer.pk
        ).update(accepted=False)
        Answer.objects.filter(pk=answer.pk).update(accepted=True)
    answer.accepted = True
    return answer


def post_hide(*, post: Post, user: User, hidden: bool = True) -> Post:
    """Hide (or show again) a question or an answer; staff only."""
    if not (user.is_authenticated and user.is_active and user.is_staff):
        raise PermissionDenied(_("Only staff can hide posts."))
    with transaction.atomic():
        type(post).objects.filter(pk=post.pk).update(hidden=hidden)
    post.hidden = hidden
    return post


def answer_notify(*, answer_id: int) -> bool:
    """Email the asker that their question has a new answer, once.

    Skips answers that are gone or hidden, hidden questions, answers by the
    asker and inactive askers. Returns whether an email was queued.
    """
    answer = (
        Answer.objects.select_related("author", "question__author", "question__course")
        .filter(pk=answer_id)
        .first()
    )
    if answer is None or answer.hidden or answer.question.hidden:
        return False
    question = answer.question
    asker = question.author
    if asker.pk == answer.author_id or not asker.is_active or not asker.email:
        return False
    if not notification_claim(key=f"courses:answer:{answer.pk}"):
        return False
    with translation.override(asker.preferred_language or settings.LANGUAGE_CODE):
        path = reverse("discussion:question_detail", kwargs={"pk": question.pk})
        context = {
            "asker": asker,
            "answer": answer,
            "question": question,
            "course": question.course,
            "url": f"{settings.SITE_URL}{path}#answer-{answer.pk}",
        }
        subject = render_to_string("courses/email/answer_posted_subject.txt", context)
        body = render_to_string("courses/email/answer_posted_message.txt", context)
    email_text_queue(to=[asker.email], subject=subject, body=body)
    return True
