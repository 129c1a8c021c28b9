"""Who may read and post: enrolled learners, the course's instructors, staff."""

import pytest

from courses.models import Answer, Question
from courses.permissions import can_take_part, is_instructor
from tests.courses.discussion.helpers import url
from tests.factories.courses import course_page, instructor_of


@pytest.mark.django_db
def test_anonymous_visitor_is_sent_to_log_in_and_back(client, course):
    list_url = url("question_list", course_id=course.pk)

    response = client.get(list_url)

    assert response.status_code == 302
    assert response["Location"] == f"/es/accounts/login/?next={list_url}"


@pytest.mark.django_db
def test_anonymous_answer_is_not_stored(client, question):
    response = client.post(url("question_detail", pk=question.pk), {"body": "Hola"})

    assert response.status_code == 302
    assert "/es/accounts/login/?next=" in response["Location"]
    assert not Answer.objects.exists()


@pytest.mark.django_db
def test_learner_not_enrolled_is_told_to_enrol_and_cannot_ask(client, user, course):
    client.force_login(user)

    read = client.get(url("question_list", course_id=course.pk))
    ask = client.post(url("question_list", course_id=course.pk), {"title": "¿Y yo?"})

    assert read.status_code == 403
    assert "Inscríbete en «Vender en línea»" in read.content.decode()
    assert f'href="/es/cursos/{course.slug}/"' in read.content.decode()
    assert ask.status_code == 403
    assert not Question.objects.exists()


@pytest.mark.django_db
def test_learner_not_enrolled_cannot_read_or_answer_a_question(client, user, question):
    client.force_login(user)

    read = client.get(url("question_detail", pk=question.pk))
    post = client.post(url("question_detail", pk=question.pk), {"body": "Intruso"})

    assert read.status_code == 403
    assert question.title not in read.content.decode()
    assert post.status_code == 403
    assert not Answer.objects.exists()


@pytest.mark.django_db
def test_instructor_and_staff_take_part_without_enrolling(
    client, teacher, staff, question
):
    for person in (teacher, staff):
        client.force_login(person)
        response = client.get(url("question_list", course_id=question.course_id))
        assert question.title in response.content.decode()


@pytest.mark.django_db
def test_instructor_of_another_course_does_not_take_part(user, course):
    other_course = course_page()
    instructor_of(other_course, user=user)

    assert is_instructor(user, other_course)
    assert not is_instructor(user, course)
    assert not can_take_part(user, course)


@pytest.mark.django_db
def test_inactive_enrolled_learner_does_not_take_part(learner, course):
    learner.is_active = False

    assert not can_take_part(learner, course)
