"""The discussion services called directly: refusals and the notification."""

import pytest
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError

from courses.models import Answer, Question
from courses.services.discussion import (
    answer_accept,
    answer_notify,
    answer_post,
    post_hide,
    question_ask,
)
from courses.tasks import notify_answer_task


@pytest.mark.django_db
def test_question_ask_refuses_someone_not_in_the_course(user, course):
    with pytest.raises(PermissionDenied):
        question_ask(course=course, author=user, title="¿Puedo?")

    assert not Question.objects.exists()


@pytest.mark.django_db
def test_answer_post_refuses_blank_and_too_long_bodies(other_learner, question):
    for body in ("  ", "x" * 4001):
        with pytest.raises(ValidationError):
            answer_post(question=question, author=other_learner, body=body)

    assert not Answer.objects.exists()


@pytest.mark.django_db
def test_answer_accept_keeps_one_accepted_answer(teacher, question, answer, learner):
    second = Answer.objects.create(question=question, author=learner, body="Otra")

    answer_accept(answer=answer, user=teacher)
    answer_accept(answer=second, user=teacher)

    assert list(Answer.objects.filter(accepted=True)) == [second]


@pytest.mark.django_db
def test_post_hide_refuses_non_staff(teacher, question):
    with pytest.raises(PermissionDenied):
        post_hide(post=question, user=teacher, hidden=True)

    assert not Question.objects.get().hidden


@pytest.mark.django_db
def test_notify_task_run_twice_sends_one_email(
    answer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        notify_answer_task.delay(answer.pk)
        notify_answer_task.delay(answer.pk)

    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_no_email_for_a_hidden_or_deleted_answer(answer):
    Answer.objects.filter(pk=answer.pk).update(hidden=True)

    assert answer_notify(answer_id=answer.pk) is False
    assert answer_notify(answer_id=999_999) is False
    assert mail.outbox == []


@pytest.mark.django_db
def test_email_is_in_the_askers_language(
    learner, answer, django_capture_on_commit_callbacks, settings
):
    learner.preferred_language = "en"
    learner.save()

    with django_capture_on_commit_callbacks(execute=True):
        answer_notify(answer_id=answer.pk)

    assert f"{settings.SITE_URL}/en/learn/questions/" in mail.outbox[0].body
