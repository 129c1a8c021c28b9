"""Reads for a course's questions and answers, with what each page needs joined."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.db.models import Count, Exists, OuterRef, Q, QuerySet

from courses.models import Answer, CourseInstructor, Question

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from courses.models import CoursePage
    from users.models import User


def _sees_hidden(viewer: User | AnonymousUser) -> bool:
    return bool(viewer.is_authenticated and viewer.is_staff)


def questions_for_course(
    *, course: CoursePage, viewer: User | AnonymousUser
) -> QuerySet[Question]:
    """The course's questions, newest first, each with `answer_count` and
    `has_accepted`; hidden ones (and hidden answers in the count) only for staff.

    One query however many rows (plus one for a paginator's count).
    """
    questions = Question.objects.filter(course_id=course.pk).select_related("author")
    answers = Answer.objects.filter(question=OuterRef("pk"), accepted=True)
    if _sees_hidden(viewer):
        count = Count("answers")
    else:
        questions = questions.filter(hidden=False)
        count = Count("answers", filter=Q(answers__hidden=False))
        answers = answers.filter(hidden=False)
    return questions.annotate(
        answer_count=count, has_accepted=Exists(answers)
    ).order_by("-created_at", "-pk")


def question_visible(
    *, question_id: int, viewer: User | AnonymousUser
) -> Question | None:
    """The question with its course and author, or None when the viewer may not
    see it (missing, or hidden from non-staff)."""
    questions = Question.objects.select_related("course", "author")
    if not _sees_hidden(viewer):
        questions = questions.filter(hidden=False)
    return questions.filter(pk=question_id).first()


def answers_for_question(
    *, question: Question, viewer: User | AnonymousUser
) -> list[Answer]:
    """The visible answers of `question`, the accepted one first, then oldest first."""
    answers = Answer.objects.filter(question_id=question.pk).select_related("author")
    if not _sees_hidden(viewer):
        answers = answers.filter(hidden=False)
    return list(answers.order_by("-accepted", "created_at", "pk"))


def answer_visible(
    *, answer_id: int, question_id: int | None, viewer: User | AnonymousUser
) -> Answer | None:
    """The answer with its question and course, or None when it is missing, not
    an answer of `question_id`, or hidden (itself or its question) from non-staff.
    """
    answers = Answer.objects.select_related("question__course", "question__author")
    if not _sees_hidden(viewer):
        answers = answers.filter(hidden=False, question__hidden=False)
    return answers.filter(pk=answer_id, question_id=question_id).first()


def instructor_user_ids(*, course: CoursePage) -> set[int]:
    """Ids of the accounts that teach the course, to mark their answers."""
    return set(
        CourseInstructor.objects.filter(
            page_id=course.pk, instructor__user__isnull=False
        ).values_list("instructor__user_id", flat=True)
    )
