"""Asking and answering, and the email the asker gets."""

import re

import pytest
from django.conf import settings
from django.core import mail

from courses.models import Answer, Question
from tests.courses.discussion.helpers import url


@pytest.mark.django_db
def test_enrolled_learner_asks_and_sees_the_question(client, learner, course):
    client.force_login(learner)

    response = client.post(
        url("question_list", course_id=course.pk),
        {"title": "  ¿Necesito licencia?  ", "body": "Vendo comida casera."},
        follow=True,
    )

    question = Question.objects.get()
    assert (question.course, question.author) == (course, learner)
    assert question.title == "¿Necesito licencia?"
    assert response.redirect_chain[-1][0] == url("question_detail", pk=question.pk)
    assert "Vendo comida casera." in response.content.decode()


@pytest.mark.django_db
def test_another_learner_answer_emails_the_asker_in_her_language(
    client, learner, other_learner, question, django_capture_on_commit_callbacks
):
    client.force_login(other_learner)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            url("question_detail", pk=question.pk), {"body": "Calcula tus costes."}
        )

    answer = Answer.objects.get()
    assert answer.author == other_learner
    assert response["Location"] == (
        f"{url('question_detail', pk=question.pk)}#answer-{answer.pk}"
    )
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == [learner.email]
    assert "¿Cómo fijo el precio?" in message.subject
    assert "\n" not in message.subject
    assert "Karim Benali" in message.body
    assert "Calcula tus costes." in message.body
    # The asker reads Portuguese, though the answer was posted on /es/.
    link = re.search(r"https?://\S+", message.body).group(0)
    assert link == (
        f"{settings.SITE_URL}/pt/learn/questions/{question.pk}/#answer-{answer.pk}"
    )


@pytest.mark.django_db
def test_asker_answering_her_own_question_gets_no_email(
    client, learner, question, django_capture_on_commit_callbacks
):
    client.force_login(learner)

    with django_capture_on_commit_callbacks(execute=True):
        client.post(url("question_detail", pk=question.pk), {"body": "Ya lo sé."})

    assert Answer.objects.filter(author=learner).count() == 1
    assert mail.outbox == []


@pytest.mark.django_db
def test_double_submit_stores_one_answer_and_sends_one_email(
    client, other_learner, question, django_capture_on_commit_callbacks
):
    client.force_login(other_learner)

    with django_capture_on_commit_callbacks(execute=True):
        first = client.post(url("question_detail", pk=question.pk), {"body": "Sí."})
        second = client.post(url("question_detail", pk=question.pk), {"body": "Sí. "})

    assert Answer.objects.count() == 1
    assert first["Location"] == second["Location"]
    assert len(mail.outbox) == 1


@pytest.mark.django_db
def test_double_submit_of_a_question_stores_one(client, learner, course):
    client.force_login(learner)
    data = {"title": "¿Factura?", "body": ""}

    client.post(url("question_list", course_id=course.pk), data)
    client.post(url("question_list", course_id=course.pk), data)

    assert Question.objects.count() == 1


@pytest.mark.django_db
def test_empty_answer_shows_an_error_and_stores_nothing(
    client, other_learner, question
):
    client.force_login(other_learner)

    response = client.post(url("question_detail", pk=question.pk), {"body": "   "})

    assert response.status_code == 200
    assert "Escribe tu respuesta." in response.content.decode()
    assert not Answer.objects.exists()


@pytest.mark.django_db
def test_empty_or_too_long_question_shows_an_error_and_stores_nothing(
    client, learner, course
):
    client.force_login(learner)

    empty = client.post(url("question_list", course_id=course.pk), {"title": ""})
    long = client.post(url("question_list", course_id=course.pk), {"title": "x" * 201})

    assert "Escribe tu pregunta." in empty.content.decode()
    assert "Usa como máximo 200 caracteres (ahora tiene 201)." in long.content.decode()
    assert not Question.objects.exists()
