"""A numeric answer that is not a plain number (NaN, sNaN, infinities, absurd
exponents) is refused like any text: no 500, the attempt stays open and the
learner can answer again."""

import pytest
from django.urls import reverse

from courses.exams import grading
from courses.exams.models import Attempt
from courses.models import LessonCompletion
from tests.factories.courses import course_with_exam, enrol, right_answers

pytestmark = pytest.mark.django_db

NOT_NUMBERS = [
    "NaN",
    "nan",
    "sNaN",
    "-sNaN",
    "Infinity",
    "-Infinity",
    "inf",
    "1e999999999",
    "1E-999999999",
    "9" * 60,
    "0x10",
]


@pytest.fixture
def attempt(client, user):
    course = course_with_exam(lessons=1)
    enrolment = enrol(user, course)
    for lesson in course.get_children():
        LessonCompletion.objects.create(enrolment=enrolment, lesson=lesson.specific)
    client.force_login(user)
    client.post(reverse("exams:start", kwargs={"course_id": course.pk}))
    return Attempt.objects.get(user=user, course=course)


def _numeric(attempt) -> dict:
    return next(q for q in attempt.paper if q["type"] == "numeric")


@pytest.mark.parametrize("value", NOT_NUMBERS)
def test_a_numeric_answer_that_is_not_a_number_is_refused_and_the_attempt_stays_open(
    client, attempt, value
):
    data = {"attempt": str(attempt.pk)}
    for qid, values in right_answers(attempt).items():
        data[f"q-{qid}"] = values
    data[f"q-{_numeric(attempt)['id']}"] = [value]

    response = client.post(
        reverse("exams:attempt", kwargs={"pk": attempt.pk}), data, follow=True
    )

    assert response.status_code == 200
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.OPEN
    assert attempt.answers == {}
    assert "no corresponden" in response.content.decode()


def test_the_same_attempt_can_then_be_answered_and_graded(client, attempt):
    url = reverse("exams:attempt", kwargs={"pk": attempt.pk})
    answers = right_answers(attempt)
    tampered = {"attempt": str(attempt.pk)}
    for qid, values in answers.items():
        tampered[f"q-{qid}"] = values
    tampered[f"q-{_numeric(attempt)['id']}"] = ["NaN"]
    client.post(url, tampered)

    client.post(
        url,
        {"attempt": str(attempt.pk), **{f"q-{q}": v for q, v in answers.items()}},
    )

    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.GRADED
    assert attempt.score == 100


@pytest.mark.parametrize("value", NOT_NUMBERS)
def test_parse_answers_refuses_what_is_not_a_finite_number(value):
    paper = [{"id": "n1", "type": "numeric", "text": "?"}]

    with pytest.raises(grading.AnswerError):
        grading.parse_answers(paper, {"n1": [value]})


@pytest.mark.parametrize("value", ["20", " 20 ", "19,6", "-0.5", "1e1", "2E+1"])
def test_parse_answers_keeps_plain_numbers(value):
    paper = [{"id": "n1", "type": "numeric", "text": "?"}]

    assert grading.parse_answers(paper, {"n1": [value]}) == {
        "n1": [value.strip().replace(",", ".")]
    }


@pytest.mark.parametrize("stored", ["NaN", "sNaN", "Infinity", "1e999999999"])
def test_grading_a_stored_odd_answer_marks_it_wrong_instead_of_raising(stored):
    paper = [{"id": "n1", "type": "numeric", "text": "?"}]
    key = {"n1": {"answer": "20", "tolerance": "0.5", "explanation": ""}}

    results, score = grading.grade(paper, key, {"n1": [stored]})

    assert results == {"n1": False}
    assert score == 0
