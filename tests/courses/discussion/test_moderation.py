"""Accepting an answer (instructors) and hiding posts (staff)."""

import pytest
from django.core import mail

from courses.models import Answer, Question
from tests.courses.discussion.helpers import url
from tests.factories.courses import course_page, instructor_of


def accept(client, answer, question_id=None):
    return client.post(
        url("answer_accept", pk=answer.pk),
        {"question": question_id or answer.question_id},
    )


@pytest.mark.django_db
def test_instructor_accepts_an_answer_and_can_change_it(
    client, teacher, question, answer, learner
):
    second = Answer.objects.create(question=question, author=learner, body="Otra")
    client.force_login(teacher)

    first_response = accept(client, answer)
    accept(client, second)
    page = client.get(url("question_detail", pk=question.pk)).content.decode()

    assert first_response.status_code == 302
    assert list(question.answers.filter(accepted=True)) == [second]
    assert "Respuesta aceptada" in page
    assert page.index("Otra") < page.index("Mira a la competencia.")


@pytest.mark.django_db
def test_accepting_the_accepted_answer_again_keeps_it(client, teacher, answer):
    client.force_login(teacher)

    accept(client, answer)
    accept(client, answer)

    answer.refresh_from_db()
    assert answer.accepted


@pytest.mark.django_db
def test_learner_cannot_accept_an_answer(client, learner, answer):
    client.force_login(learner)

    response = accept(client, answer)

    assert response.status_code == 403
    assert not Answer.objects.filter(accepted=True).exists()


@pytest.mark.django_db
def test_instructor_of_another_course_cannot_accept(client, user, answer):
    instructor_of(course_page(), user=user)
    client.force_login(user)

    response = accept(client, answer)

    assert response.status_code == 403
    assert not Answer.objects.filter(accepted=True).exists()


@pytest.mark.django_db
def test_accept_page_is_post_only(client, teacher, answer):
    client.force_login(teacher)

    assert client.get(url("answer_accept", pk=answer.pk)).status_code == 405


@pytest.mark.django_db
def test_staff_hides_a_question_from_learners_and_shows_it_again(
    client, staff, other_learner, question
):
    client.force_login(staff)
    client.post(url("question_hide", pk=question.pk), {"hidden": "1"})
    staff_page = client.get(url("question_detail", pk=question.pk)).content.decode()

    client.force_login(other_learner)
    learner_detail = client.get(url("question_detail", pk=question.pk))
    learner_list = client.get(url("question_list", course_id=question.course_id))

    assert Question.objects.get().hidden
    assert "Ocultado por el equipo del programa" in staff_page
    assert learner_detail.status_code == 404
    assert question.title not in learner_list.content.decode()

    client.force_login(staff)
    client.post(url("question_hide", pk=question.pk), {"hidden": "0"})
    client.force_login(other_learner)

    assert client.get(url("question_detail", pk=question.pk)).status_code == 200


@pytest.mark.django_db
def test_hiding_twice_does_not_undo_it(client, staff, question):
    client.force_login(staff)

    client.post(url("question_hide", pk=question.pk), {"hidden": "1"})
    client.post(url("question_hide", pk=question.pk), {"hidden": "1"})

    assert Question.objects.get().hidden


@pytest.mark.django_db
def test_staff_hides_an_answer_from_learners(client, staff, learner, answer):
    client.force_login(staff)
    client.post(
        url("answer_hide", pk=answer.pk),
        {"question": answer.question_id, "hidden": "1"},
    )
    staff_page = client.get(url("question_detail", pk=answer.question_id))

    client.force_login(learner)
    detail = client.get(url("question_detail", pk=answer.question_id)).content.decode()
    listing = client.get(url("question_list", course_id=answer.question.course_id))

    assert "Mira a la competencia." in staff_page.content.decode()
    assert "Ocultado por el equipo del programa" in staff_page.content.decode()
    assert "Mira a la competencia." not in detail
    assert listing.context["page_obj"][0].answer_count == 0


@pytest.mark.django_db
def test_learner_cannot_hide(client, learner, question, answer):
    client.force_login(learner)

    question_response = client.post(url("question_hide", pk=question.pk))
    answer_response = client.post(
        url("answer_hide", pk=answer.pk), {"question": question.pk}
    )

    assert (question_response.status_code, answer_response.status_code) == (403, 403)
    assert not Question.objects.filter(hidden=True).exists()
    assert not Answer.objects.filter(hidden=True).exists()


@pytest.mark.django_db
def test_answer_to_a_hidden_question_is_refused(client, staff, other_learner, question):
    Question.objects.filter(pk=question.pk).update(hidden=True)
    client.force_login(other_learner)

    response = client.post(url("question_detail", pk=question.pk), {"body": "Hola"})

    assert response.status_code == 404
    assert not Answer.objects.exists()
    assert mail.outbox == []


@pytest.mark.django_db
def test_hidden_answer_cannot_be_accepted(client, teacher, answer):
    Answer.objects.filter(pk=answer.pk).update(hidden=True)
    client.force_login(teacher)

    response = accept(client, answer)

    assert response.status_code == 404
    assert not Answer.objects.filter(accepted=True).exists()
