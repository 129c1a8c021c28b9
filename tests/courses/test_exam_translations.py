"""One exam per course, whatever language version a learner takes it in:
attempts, the wait, the open attempt and grants count across translations."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from courses.exams.models import Attempt, ExamGrant
from courses.exams.services import attempt_start, attempt_submit, attempts_expire
from courses.models import CoursePage, LessonCompletion, LessonPage
from tests.concurrency import race
from tests.factories.courses import course_with_exam, enrol, translate, wrong_answers

pytestmark = pytest.mark.django_db


def versions(**fields) -> dict[str, CoursePage]:
    """A course with its exam in Spanish, English and Portuguese."""
    es = course_with_exam(lessons=0, exam_max_attempts=3, **fields)
    return {
        "es": es,
        "en": translate(es, "en", slug=f"{es.slug}-en"),
        "pt": translate(es, "pt", slug=f"{es.slug}-pt"),
    }


def ready(user, found: dict[str, CoursePage]) -> None:
    """``user`` enrolled in every version, every lesson done: the exam is open."""
    for course in found.values():
        enrolment = enrol(user, course)
        for lesson in LessonPage.objects.child_of(course):
            LessonCompletion.objects.get_or_create(enrolment=enrolment, lesson=lesson)


def fail(user, course) -> Attempt:
    attempt = attempt_start(user=user, course=course)
    return attempt_submit(
        user=user, attempt_id=attempt.pk, submitted=wrong_answers(attempt)
    )


@pytest.fixture
def courses(user):
    found = versions()
    ready(user, found)
    return found


def test_three_of_three_attempts_in_english_leave_none_in_spanish_or_portuguese(
    user, courses
):
    for _ in range(3):
        fail(user, courses["en"])

    for code in ("es", "pt"):
        with pytest.raises(ValidationError, match="todos tus intentos"):
            attempt_start(user=user, course=courses[code])
    assert Attempt.objects.count() == 3


def test_the_exam_page_of_another_language_shows_the_attempts_used(
    client, user, courses
):
    attempts = [fail(user, courses["en"]) for _ in range(3)]
    client.force_login(user)

    html = client.get(
        reverse("exams:overview", kwargs={"course_id": courses["pt"].pk})
    ).content.decode()

    assert "todos tus intentos" in html
    for attempt in attempts:
        assert reverse("exams:result", kwargs={"pk": attempt.pk}) in html


def test_the_wait_between_attempts_holds_across_languages(user):
    found = versions(exam_wait_minutes=60)
    ready(user, found)
    fail(user, found["en"])

    with pytest.raises(ValidationError, match="volver a intentarlo"):
        attempt_start(user=user, course=found["es"])
    later = timezone.now() + timedelta(minutes=61)
    assert attempt_start(user=user, course=found["pt"], now=later).number == 2


def test_an_open_attempt_in_one_language_is_resumed_from_another(user, courses):
    opened = attempt_start(user=user, course=courses["en"])

    resumed = attempt_start(user=user, course=courses["es"])

    assert resumed.pk == opened.pk
    assert Attempt.objects.count() == 1


def test_numbers_run_on_across_languages(user, courses):
    first = fail(user, courses["en"])
    second = fail(user, courses["es"])

    assert (first.number, second.number) == (1, 2)


def test_a_grant_in_one_language_counts_in_every_other(user, courses):
    for _ in range(3):
        fail(user, courses["en"])
    ExamGrant.objects.create(user=user, course=courses["es"], extra_attempts=1)

    attempt = attempt_start(user=user, course=courses["pt"])

    assert attempt.number == 4 and attempt.course_id == courses["pt"].pk


def test_passing_in_one_language_passes_the_course(user, courses):
    attempt = attempt_start(user=user, course=courses["pt"])
    Attempt.objects.filter(pk=attempt.pk).update(status="graded", passed=True, score=90)

    with pytest.raises(ValidationError, match="aprobado"):
        attempt_start(user=user, course=courses["en"])


def test_time_runs_out_on_an_attempt_whatever_page_closes_it(user):
    found = versions(exam_time_limit_minutes=10)
    ready(user, found)
    attempt = attempt_start(user=user, course=found["en"])

    closed = attempts_expire(
        user=user, course=found["es"], now=timezone.now() + timedelta(minutes=20)
    )

    attempt.refresh_from_db()
    assert closed == 1 and attempt.status == Attempt.Status.EXPIRED


def test_another_course_keeps_its_own_attempts(user, courses):
    other = course_with_exam(lessons=0, exam_max_attempts=1)
    ready(user, {"es": other})
    for _ in range(3):
        fail(user, courses["en"])

    assert attempt_start(user=user, course=other).number == 1


# Two starts at once through two translations (PostgreSQL: row locks)


@pytest.mark.django_db(transaction=True)
def test_two_starts_at_once_through_two_translations_open_one_attempt(postgres, user):
    for _round in range(5):
        found = versions(exam_wait_minutes=60)
        ready(user, found)

        results = race(
            [
                lambda c=found["en"]: attempt_start(user=user, course=c),
                lambda c=found["es"]: attempt_start(user=user, course=c),
            ]
        )

        assert all(isinstance(r, Attempt) for r in results), results
        assert results[0].pk == results[1].pk
        keys = [c.translation_key for c in found.values()]
        assert Attempt.objects.filter(course__translation_key__in=keys).count() == 1
