"""Exams: unlocking, server-side grading, limits, tampering and replays."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from courses.certificates.models import Certificate
from courses.exams.models import Attempt, ExamGrant
from courses.exams.services import attempt_start
from courses.models import LessonCompletion
from tests.factories.courses import (
    course_with_exam,
    enrol,
    right_answers,
    wrong_answers,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def course():
    return course_with_exam(lessons=2)


@pytest.fixture
def learner(user, course):
    """An enrolled learner who has completed every lesson."""
    enrolment = enrol(user, course)
    for lesson in course.get_children():
        LessonCompletion.objects.create(enrolment=enrolment, lesson=lesson.specific)
    return user


def _post(answers: dict, attempt) -> dict:
    data = {"attempt": str(attempt.pk)}
    for qid, values in answers.items():
        data[f"q-{qid}"] = values
    return data


def _start(client, course) -> Attempt:
    response = client.post(reverse("exams:start", kwargs={"course_id": course.pk}))
    assert response.status_code == 302
    return Attempt.objects.filter(course=course).latest("number")


def test_exam_unlocks_when_every_lesson_is_complete(client, user, course):
    enrol(user, course)
    client.force_login(user)

    _ = client.post(reverse("exams:start", kwargs={"course_id": course.pk}))
    assert not Attempt.objects.exists()

    for lesson in course.get_children():
        client.post(reverse("courses:lesson-complete", kwargs={"lesson_id": lesson.pk}))
    attempt = _start(client, course)
    assert attempt.status == Attempt.Status.OPEN


def test_the_paper_never_shows_the_answer_key(client, learner, course):
    client.force_login(learner)
    attempt = _start(client, course)

    html = client.get(
        reverse("exams:attempt", kwargs={"pk": attempt.pk})
    ).content.decode()

    for question in attempt.paper:
        assert question["text"] in html
    assert "Explicación" not in html
    assert not re.search(r"[\w-]*(correct|answer|key)[\w-]*=", html, re.I)
    for entry in attempt.key.values():
        if "answer" in entry:
            assert f'value="{entry["answer"]}"' not in html


def test_right_answers_pass_and_issue_a_certificate_at_once(client, learner, course):
    client.force_login(learner)
    attempt = _start(client, course)

    response = client.post(
        reverse("exams:attempt", kwargs={"pk": attempt.pk}),
        _post(right_answers(attempt), attempt),
    )

    attempt.refresh_from_db()
    assert response["Location"] == reverse("exams:result", kwargs={"pk": attempt.pk})
    assert attempt.status == Attempt.Status.GRADED
    assert attempt.score == 100 and attempt.passed
    certificate = Certificate.objects.get(user=learner, course=course)
    result = client.get(response["Location"]).content.decode()
    assert certificate.code in result


def test_an_attempt_is_graded_once(client, learner, course):
    client.force_login(learner)
    attempt = _start(client, course)
    url = reverse("exams:attempt", kwargs={"pk": attempt.pk})
    client.post(url, _post(wrong_answers(attempt), attempt))

    replay = client.post(url, _post(right_answers(attempt), attempt), follow=True)

    attempt.refresh_from_db()
    assert attempt.score == 0 and not attempt.passed
    assert not Certificate.objects.exists()
    assert "ya se había enviado" in replay.content.decode()


def test_answers_for_questions_outside_the_attempt_change_nothing(
    client, learner, course
):
    client.force_login(learner)
    attempt = _start(client, course)
    data = _post(right_answers(attempt), attempt)
    data["q-not-a-question"] = "x"

    response = client.post(
        reverse("exams:attempt", kwargs={"pk": attempt.pk}), data, follow=True
    )

    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.OPEN
    assert attempt.answers == {}
    assert "no corresponden" in response.content.decode()


def test_a_made_up_choice_is_refused(client, learner, course):
    client.force_login(learner)
    attempt = _start(client, course)
    data = _post(right_answers(attempt), attempt)
    single = next(q for q in attempt.paper if q["type"] == "single")
    data[f"q-{single['id']}"] = ["forged"]

    client.post(reverse("exams:attempt", kwargs={"pk": attempt.pk}), data)

    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.OPEN


def test_another_learners_attempt_is_refused(client, learner, course, other_user):
    client.force_login(learner)
    attempt = _start(client, course)
    client.force_login(other_user)

    seen = client.get(reverse("exams:attempt", kwargs={"pk": attempt.pk}))
    posted = client.post(
        reverse("exams:attempt", kwargs={"pk": attempt.pk}),
        _post(right_answers(attempt), attempt),
    )

    assert seen.status_code == 403 and posted.status_code == 403
    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.OPEN


def test_a_form_from_another_attempt_is_refused(client, learner, course):
    client.force_login(learner)
    attempt = _start(client, course)
    data = _post(right_answers(attempt), attempt)
    data["attempt"] = str(attempt.pk + 1000)

    client.post(reverse("exams:attempt", kwargs={"pk": attempt.pk}), data)

    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.OPEN


def test_late_answers_are_not_accepted(client, learner, course):
    course.exam_time_limit_minutes = 10
    course.save_revision().publish()
    client.force_login(learner)
    attempt = _start(client, course)
    assert attempt.deadline is not None
    Attempt.objects.filter(pk=attempt.pk).update(
        deadline=timezone.now() - timedelta(minutes=5)
    )

    response = client.post(
        reverse("exams:attempt", kwargs={"pk": attempt.pk}),
        _post(right_answers(attempt), attempt),
        follow=True,
    )

    attempt.refresh_from_db()
    assert attempt.status == Attempt.Status.EXPIRED
    assert attempt.score == 0 and not attempt.passed
    assert "límite de tiempo" in response.content.decode()


def test_attempts_are_limited_and_staff_can_grant_more(client, learner, course):
    client.force_login(learner)
    for _ in range(2):
        attempt = _start(client, course)
        client.post(
            reverse("exams:attempt", kwargs={"pk": attempt.pk}),
            _post(wrong_answers(attempt), attempt),
        )

    client.post(reverse("exams:start", kwargs={"course_id": course.pk}))
    assert Attempt.objects.count() == 2

    ExamGrant.objects.create(user=learner, course=course, extra_attempts=1)
    third = _start(client, course)
    assert third.number == 3


def test_a_grant_of_extra_time_lengthens_the_deadline(learner, course):
    course.exam_time_limit_minutes = 20
    course.save_revision().publish()
    ExamGrant.objects.create(user=learner, course=course, extra_minutes=15)

    attempt = attempt_start(user=learner, course=course)

    minutes = (attempt.deadline - attempt.started_at).total_seconds() / 60
    assert 34.9 < minutes < 35.1


def test_waiting_time_between_attempts(client, learner, course):
    course.exam_wait_minutes = 60
    course.save_revision().publish()
    client.force_login(learner)
    attempt = _start(client, course)
    client.post(
        reverse("exams:attempt", kwargs={"pk": attempt.pk}),
        _post(wrong_answers(attempt), attempt),
    )

    response = client.post(
        reverse("exams:start", kwargs={"course_id": course.pk}), follow=True
    )

    assert Attempt.objects.count() == 1
    assert "Puedes volver a intentarlo" in response.content.decode()


def test_starting_twice_resumes_the_open_attempt(client, learner, course):
    client.force_login(learner)

    first = _start(client, course)
    second = _start(client, course)

    assert first.pk == second.pk
    assert Attempt.objects.count() == 1


def test_after_passing_no_new_attempt_starts(learner, course):
    attempt = attempt_start(user=learner, course=course)
    Attempt.objects.filter(pk=attempt.pk).update(status="graded", passed=True, score=90)

    with pytest.raises(Exception, match="aprobado|passed"):
        attempt_start(user=learner, course=course)


@pytest.mark.parametrize(
    ("feedback", "shows_mark", "shows_explanation"),
    [("none", False, False), ("correctness", True, False), ("explanation", True, True)],
)
def test_feedback_follows_the_authors_choice(
    client, learner, course, feedback, shows_mark, shows_explanation
):
    course.exam_feedback = feedback
    course.save_revision().publish()
    client.force_login(learner)
    attempt = _start(client, course)
    client.post(
        reverse("exams:attempt", kwargs={"pk": attempt.pk}),
        _post(wrong_answers(attempt), attempt),
    )

    html = client.get(
        reverse("exams:result", kwargs={"pk": attempt.pk})
    ).content.decode()

    assert ("Incorrecta" in html) is shows_mark
    assert ("Explicación" in html) is shows_explanation
    assert "0 %" in html


def test_highest_or_last_attempt_counts(learner, course):
    from courses.exams.selectors import counting_score

    attempts = [
        Attempt(status="graded", score=60, number=1),
        Attempt(status="graded", score=40, number=2),
    ]
    assert counting_score(attempts, "highest") == 60
    assert counting_score(attempts, "last") == 40


def test_exam_pages_need_a_login(client, course):
    response = client.get(reverse("exams:overview", kwargs={"course_id": course.pk}))

    assert response.status_code == 302 and "login" in response["Location"]
