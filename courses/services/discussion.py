"""Writes for a course's questions and answers: ask, answer, accept, hide."""

from __future__ import annotations

from typing import TYPE_CHECKING, TypeVar

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.urls import reverse
from django.utils.translation import gettext as _

from courses.models import Answer, Question
from courses.permissions import can_take_part, is_instructor
from outbox.services import TemplatedEmail, notify
from rumbo.replay import replay_of
from rumbo.text import text_clean

if TYPE_CHECKING:
    from courses.models import CoursePage
    from users.models import User

Post = TypeVar("Post", Question, Answer)


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
    title = text_clean(
        title,
        field="title",
        max_length=Question._meta.get_field("title").max_length,
        required=True,
    )
    body = text_clean(
        body,
        field="body",
        max_length=Question._meta.get_field("body").max_length,
        required=False,
    )
    with transaction.atomic():
        # Serialises one person's posts, so two racing submits see each other.
        get_user_model().objects.select_for_update().filter(pk=author.pk).first()
        duplicate = replay_of(
            Question.objects,
            course_id=course.pk,
            author_id=author.pk,
            title=title,
            body=body,
        )
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
    body = text_clean(
        body,
        field="body",
        max_length=Answer._meta.get_field("body").max_length,
        required=True,
    )
    with transaction.atomic():
        Question.objects.select_for_update().filter(pk=question.pk).first()
        duplicate = replay_of(
            Answer.objects, question_id=question.pk, author_id=author.pk, body=body
        )
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
    if asker.pk == answer.author_id:
        return False

    def build() -> TemplatedEmail:
        path = reverse("discussion:question_detail", kwargs={"pk": question.pk})
        return TemplatedEmail(
            "courses/email/answer_posted",
            {
                "asker": asker,
                "answer": answer,
                "question": question,
                "course": question.course,
                "url": f"{settings.SITE_URL}{path}#answer-{answer.pk}",
            },
        )

    return notify(to=asker, key=f"courses:answer:{answer.pk}", build=build) > 0
