"""The question list and a question page cost the same few queries at any size.

About half of the budget is the layout's (session, user, header, Wagtail's
user bar); an N+1 on 20 rows per page or 150 answers would blow it.
"""

import pytest

from courses.models import Answer, Question
from tests.courses.discussion.helpers import url
from tests.factories import UserFactory


@pytest.fixture
def busy_course(course, learner, other_learner):
    """200 questions by several people, three answers each, one accepted."""
    askers = [learner, other_learner, *UserFactory.create_batch(3)]
    questions = Question.objects.bulk_create(
        Question(course=course, author=askers[n % 5], title=f"Pregunta {n}")
        for n in range(200)
    )
    Answer.objects.bulk_create(
        Answer(
            question=question,
            author=askers[(n + k) % 5],
            body=f"Respuesta {k}",
            accepted=k == 0,
        )
        for n, question in enumerate(questions)
        for k in range(3)
    )
    return course


@pytest.mark.django_db
def test_question_list_of_a_busy_course_takes_few_queries(
    client, learner, busy_course, django_assert_max_num_queries
):
    client.force_login(learner)

    with django_assert_max_num_queries(14):
        response = client.get(url("question_list", course_id=busy_course.pk))

    rows = list(response.context["page_obj"])
    assert len(rows) == 20
    assert all(row.answer_count == 3 and row.has_accepted for row in rows)
    assert "3 respuestas" in response.content.decode()


@pytest.mark.django_db
def test_last_page_of_questions_takes_as_few_queries(
    client, learner, busy_course, django_assert_max_num_queries
):
    client.force_login(learner)

    with django_assert_max_num_queries(14):
        response = client.get(
            url("question_list", course_id=busy_course.pk), {"page": 10}
        )

    assert response.context["page_obj"].number == 10
    assert "Pregunta 0" in response.content.decode()


@pytest.mark.django_db
def test_question_page_with_many_answers_takes_few_queries(
    client, staff, question, django_assert_max_num_queries
):
    authors = UserFactory.create_batch(10)
    Answer.objects.bulk_create(
        Answer(question=question, author=authors[n % 10], body=f"Respuesta {n}")
        for n in range(150)
    )
    client.force_login(staff)

    with django_assert_max_num_queries(14):
        response = client.get(url("question_detail", pk=question.pk))

    assert len(response.context["answers"]) == 150
