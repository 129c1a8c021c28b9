"""Ids that do not belong together are treated as not found."""

import pytest

from courses.models import Answer, Question
from tests.courses.discussion.helpers import url
from tests.factories import UserFactory
from tests.factories.courses import course_page


@pytest.fixture
def foreign_answer(db):
    """An answer on a question of another course, by people of that course."""
    stranger = UserFactory()
    other_question = Question.objects.create(
        course=course_page(), author=stranger, title="Otra pregunta"
    )
    return Answer.objects.create(question=other_question, author=stranger, body="X")


@pytest.mark.django_db
def test_accepting_an_answer_of_another_question_is_not_found(
    client, teacher, question, foreign_answer
):
    client.force_login(teacher)

    response = client.post(
        url("answer_accept", pk=foreign_answer.pk), {"question": question.pk}
    )

    assert response.status_code == 404
    assert not Answer.objects.filter(accepted=True).exists()


@pytest.mark.django_db
def test_accept_without_a_question_or_with_garbage_is_not_found(
    client, teacher, answer
):
    client.force_login(teacher)

    missing = client.post(url("answer_accept", pk=answer.pk))
    garbage = client.post(url("answer_accept", pk=answer.pk), {"question": "1; --"})

    assert (missing.status_code, garbage.status_code) == (404, 404)
    assert not Answer.objects.filter(accepted=True).exists()


@pytest.mark.django_db
def test_hiding_an_answer_of_another_question_is_not_found(
    client, staff, question, foreign_answer
):
    client.force_login(staff)

    response = client.post(
        url("answer_hide", pk=foreign_answer.pk), {"question": question.pk}
    )

    assert response.status_code == 404
    assert not Answer.objects.filter(hidden=True).exists()


@pytest.mark.django_db
def test_unknown_ids_are_not_found(client, learner, course):
    client.force_login(learner)

    assert client.get(url("question_detail", pk=999_999)).status_code == 404
    assert client.get(url("question_list", course_id=999_999)).status_code == 404
    assert (
        client.get(url("question_list", course_id=course.get_parent().pk)).status_code
        == 404
    )


@pytest.mark.django_db
def test_learner_of_one_course_cannot_answer_another_courses_question(
    client, learner, foreign_answer
):
    client.force_login(learner)
    foreign_question = foreign_answer.question

    response = client.post(
        url("question_detail", pk=foreign_question.pk), {"body": "Cuela"}
    )

    assert response.status_code == 403
    assert foreign_question.answers.count() == 1
