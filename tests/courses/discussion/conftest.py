"""A Spanish course with an enrolled learner, a second learner and an instructor."""

import pytest

from courses.models import Answer, Question
from tests.factories import UserFactory
from tests.factories.courses import course_page, enrol, instructor_of


@pytest.fixture
def course(db):
    return course_page(title="Vender en línea")


@pytest.fixture
def learner(course):
    person = UserFactory(display_name="Amina Diallo", preferred_language="pt")
    enrol(person, course)
    return person


@pytest.fixture
def other_learner(course):
    person = UserFactory(display_name="Karim Benali", preferred_language="es")
    enrol(person, course)
    return person


@pytest.fixture
def teacher(course):
    person = UserFactory(display_name="Marta Ruiz")
    instructor_of(course, user=person)
    return person


@pytest.fixture
def question(course, learner):
    return Question.objects.create(
        course=course, author=learner, title="¿Cómo fijo el precio?", body="Detalles"
    )


@pytest.fixture
def answer(question, other_learner):
    return Answer.objects.create(
        question=question, author=other_learner, body="Mira a la competencia."
    )
