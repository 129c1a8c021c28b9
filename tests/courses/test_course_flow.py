"""The course flow without dead ends: the course page's main call to action in
each state and for each role, and where the last lesson leads."""

import re
from datetime import timedelta

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext

from courses.exams.models import Attempt
from courses.exams.services import attempt_start, attempt_submit
from courses.models import LessonCompletion
from tests.factories.courses import (
    course_page,
    course_with_exam,
    enrol,
    lesson_page,
    right_answers,
    wrong_answers,
)

pytestmark = pytest.mark.django_db

CONTINUE = "Sigue donde lo dejaste"  # "Continue where you left off"


def es(msgid: str) -> str:
    with translation.override("es"):
        return gettext(msgid)


def _step(html: str) -> str | None:
    found = re.search(r'data-step="([a-z_]+)"', html)
    return found.group(1) if found else None


def _lessons(course):
    return [page.specific for page in course.get_children().live().order_by("path")]


def _complete(enrolment, lessons):
    for lesson in lessons:
        LessonCompletion.objects.get_or_create(enrolment=enrolment, lesson=lesson)


def _fail(user, course):
    attempt = attempt_start(user=user, course=course)
    return attempt_submit(
        user=user, attempt_id=attempt.pk, submitted=wrong_answers(attempt)
    )


def _pass(user, course):
    attempt = attempt_start(user=user, course=course)
    return attempt_submit(
        user=user, attempt_id=attempt.pk, submitted=right_answers(attempt)
    )


@pytest.fixture
def course():
    return course_with_exam(lessons=3)


@pytest.fixture
def finished(user, course):
    """A learner who has done every lesson of the course."""
    _complete(enrol(user, course), _lessons(course))
    return user


# The course page, per role


def test_anonymous_visitors_are_invited_to_log_in_and_start(client, course):
    html = client.get(course.url).content.decode()

    assert _step(html) is None
    assert f"{reverse('account_login')}?next=" in html
    assert reverse("courses:enrol", kwargs={"course_id": course.pk}) not in html


def test_a_learner_not_enrolled_is_invited_to_start(client, user, course):
    client.force_login(user)

    html = client.get(course.url).content.decode()

    assert _step(html) is None
    assert reverse("courses:enrol", kwargs={"course_id": course.pk}) in html


def test_staff_not_enrolled_are_invited_to_start_and_may_open_lessons(
    client, staff, course
):
    client.force_login(staff)

    html = client.get(course.url).content.decode()
    lesson = client.get(_lessons(course)[0].url)

    assert reverse("courses:enrol", kwargs={"course_id": course.pk}) in html
    assert lesson.status_code == 200


# The course page, per state of an enrolled learner


def test_a_new_learner_goes_to_the_first_lesson(client, user, course):
    enrol(user, course)
    client.force_login(user)

    html = client.get(course.url).content.decode()

    assert _step(html) == "first_lesson"
    assert f'href="{_lessons(course)[0].url}"' in html
    assert es("Go to the first lesson") in html


def test_a_learner_halfway_continues_with_the_next_unfinished_lesson(
    client, user, course
):
    lessons = _lessons(course)
    enrolment = enrol(user, course)
    _complete(enrolment, lessons[:1])
    client.force_login(user)

    html = client.get(course.url).content.decode()

    assert _step(html) == "continue"
    assert CONTINUE in html
    assert f'class="button" href="{lessons[1].url}"' in html


def test_after_the_last_lesson_the_course_leads_to_the_exam(client, finished, course):
    client.force_login(finished)

    html = client.get(course.url).content.decode()

    assert _step(html) == "exam"
    assert CONTINUE not in html
    overview = reverse("exams:overview", kwargs={"course_id": course.pk})
    assert f'class="button" href="{overview}"' in html


def test_an_open_attempt_comes_first(client, finished, course):
    attempt = attempt_start(user=finished, course=course)
    client.force_login(finished)

    html = client.get(course.url).content.decode()

    assert _step(html) == "attempt"
    assert reverse("exams:attempt", kwargs={"pk": attempt.pk}) in html


def test_a_learner_who_must_wait_is_told_until_when(client, finished, course):
    course.exam_wait_minutes = 60
    course.save_revision().publish()
    _fail(finished, course)
    client.force_login(finished)

    html = client.get(course.url).content.decode()

    assert _step(html) == "waiting"
    ready = timezone.localtime(Attempt.objects.get().submitted_at + timedelta(hours=1))
    assert f"{ready:%H:%M}" in html
    assert CONTINUE not in html


def test_a_learner_without_attempts_left_is_told_so(client, finished, course):
    for _ in range(course.exam_max_attempts):
        _fail(finished, course)
    client.force_login(finished)

    html = client.get(course.url).content.decode()

    assert _step(html) == "exhausted"
    assert 'class="button"' not in html.split('data-step="exhausted"')[1][:400]


def test_a_course_passed_at_100_percent_leads_to_the_certificate(
    client, finished, course
):
    attempt = _pass(finished, course)
    client.force_login(finished)

    html = client.get(course.url).content.decode()

    assert _step(html) == "certificate"
    assert CONTINUE not in html
    code = attempt.certificate.code
    assert reverse("certificates:verify", kwargs={"code": code}) in html
    assert es("Exam passed") in html


def test_a_passed_exam_without_a_valid_certificate_still_says_passed(
    client, finished, course
):
    attempt = _pass(finished, course)
    attempt.certificate.delete()
    client.force_login(finished)

    html = client.get(course.url).content.decode()

    assert _step(html) == "passed"
    assert CONTINUE not in html


def test_a_course_without_exam_ends_completed(client, user):
    course = course_page()
    lessons = [lesson_page(course) for _ in range(2)]
    _complete(enrol(user, course), lessons)
    client.force_login(user)

    html = client.get(course.url).content.decode()

    assert _step(html) == "completed"
    assert CONTINUE not in html
    assert es("You have completed every lesson of this course.") in html


# The last lesson


def _complete_url(lesson) -> str:
    return reverse("courses:lesson-complete", kwargs={"lesson_id": lesson.pk})


def test_the_last_lesson_leads_to_the_exam(client, user, course):
    lessons = _lessons(course)
    _complete(enrol(user, course), lessons[:-1])
    client.force_login(user)

    page = client.get(lessons[-1].url).content.decode()
    response = client.post(_complete_url(lessons[-1]))
    again = client.get(lessons[-1].url).content.decode()

    assert es("Mark as done and take the exam") in page
    assert response["Location"] == reverse(
        "exams:overview", kwargs={"course_id": course.pk}
    )
    assert es("Take the exam") in again


def test_the_last_lesson_of_a_passed_course_leads_to_the_certificate(
    client, finished, course
):
    attempt = _pass(finished, course)
    last = _lessons(course)[-1]
    client.force_login(finished)

    page = client.get(last.url).content.decode()
    response = client.post(_complete_url(last))

    assert es("See your certificate") in page
    assert response["Location"] == reverse(
        "certificates:verify", kwargs={"code": attempt.certificate.code}
    )


def test_the_last_lesson_with_an_open_attempt_leads_to_it(client, finished, course):
    attempt = attempt_start(user=finished, course=course)
    client.force_login(finished)

    response = client.post(_complete_url(_lessons(course)[-1]))

    assert response["Location"] == reverse("exams:attempt", kwargs={"pk": attempt.pk})


def test_the_last_lesson_while_waiting_leads_back_to_the_course(
    client, finished, course
):
    course.exam_wait_minutes = 60
    course.save_revision().publish()
    _fail(finished, course)
    last = _lessons(course)[-1]
    client.force_login(finished)

    page = client.get(last.url).content.decode()
    response = client.post(_complete_url(last))

    assert es("Back to the course") in page
    assert response["Location"] == course.url


def test_the_last_lesson_with_earlier_ones_unfinished_leads_to_them(
    client, user, course
):
    lessons = _lessons(course)
    _complete(enrol(user, course), lessons[1:2])
    client.force_login(user)

    page = client.get(lessons[-1].url).content.decode()
    response = client.post(_complete_url(lessons[-1]))

    assert es("Mark as done and continue") in page
    assert response["Location"] == lessons[0].url


def test_the_last_lesson_without_exam_leads_back_to_the_course(client, user):
    course = course_page()
    lessons = [lesson_page(course) for _ in range(2)]
    _complete(enrol(user, course), lessons)
    client.force_login(user)

    page = client.get(lessons[-1].url).content.decode()

    assert es("Back to the course") in page
    assert client.post(_complete_url(lessons[-1]))["Location"] == course.url


def test_an_editor_previewing_the_last_lesson_is_offered_the_way_back(client, user):
    course = course_with_exam(lessons=2)
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)

    html = client.get(_lessons(course)[-1].url).content.decode()

    assert _complete_url(_lessons(course)[-1]) not in html
    assert f'href="{course.url}"' in html


# Lessons and syllabus


def test_a_syllabus_that_only_lists_the_lessons_is_not_repeated(client):
    course = course_page()
    lessons = [lesson_page(course, title=f"Tema número {n}") for n in range(3)]
    course.syllabus = "<ol>" + "".join(f"<li>{x.title}</li>" for x in lessons) + "</ol>"
    course.save_revision().publish()

    html = client.get(course.url).content.decode()

    assert html.count("Tema número 1") == 1
    assert 'id="lessons-heading"' not in html


def test_a_syllabus_that_says_more_is_shown_once_with_the_lessons(client):
    course = course_page()
    lesson = lesson_page(course, title="Tema único")
    course.syllabus = "<p>Incluye un caso práctico final en grupo.</p>"
    course.save_revision().publish()

    html = client.get(course.url).content.decode()

    assert "caso práctico final" in html
    assert html.count(lesson.title) == 1
    assert html.count('id="syllabus-heading"') == 1


# Queries


def test_course_page_queries_stay_fixed_for_a_learner_with_many_attempts(
    client, finished, course, django_assert_max_num_queries
):
    course.exam_max_attempts = 12
    course.save_revision().publish()
    for _ in range(8):
        _fail(finished, course)
    client.force_login(finished)
    client.get(course.url)

    with django_assert_max_num_queries(13):
        response = client.get(course.url)

    assert _step(response.content.decode()) == "exam"


def test_last_lesson_queries_stay_fixed(
    client, finished, course, django_assert_max_num_queries
):
    for _ in range(course.exam_max_attempts):
        _fail(finished, course)
    last = _lessons(course)[-1]
    client.force_login(finished)
    client.get(last.url)

    with django_assert_max_num_queries(13):
        response = client.get(last.url)

    assert es("Back to the course") in response.content.decode()
