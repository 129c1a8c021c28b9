"""Only courses with lessons are listed and startable; hours follow lessons."""

import pytest
from django.contrib.messages import get_messages
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from courses.models import CoursePage, Enrolment
from courses.models.catalogue import hours_for_minutes
from courses.services.enrolment import enrolment_create
from tests.factories.courses import course_index, course_page, lesson_page

pytestmark = pytest.mark.django_db

NO_LESSONS = "This course has no lessons yet, so it cannot be started."


def _html(response) -> str:
    return response.content.decode()


def _hours(course) -> int:
    return CoursePage.objects.get(pk=course.pk).hours


def test_a_course_without_live_lessons_is_not_in_the_catalogue(client):
    index = course_index("es")
    course_page(index, title="Curso con lecciones")
    course_page(index, title="Curso vacío", lessons=False)
    draft_only = course_page(index, title="Curso con borradores", lessons=False)
    lesson_page(draft_only).unpublish()

    html = _html(client.get(index.url))

    assert "Curso con lecciones" in html
    assert "Curso vacío" not in html
    assert "Curso con borradores" not in html
    assert "1 curso" in html


def test_a_course_without_lessons_is_not_found_by_search(client):
    index = course_index("es")
    course_page(index, title="Contabilidad para pymes")
    course_page(index, title="Contabilidad avanzada", lessons=False)

    html = _html(client.get(index.url, {"q": "contabilidad"}))

    assert "Contabilidad para pymes" in html
    assert "Contabilidad avanzada" not in html


def test_publishing_the_first_lesson_lists_the_course_at_once(client):
    index = course_index("es")
    course = course_page(index, title="Finanzas personales", lessons=False)
    assert "Finanzas personales" not in _html(client.get(index.url))
    client.get(index.url)  # now from the public page cache

    lesson = lesson_page(course, live=False)
    lesson.save_revision().publish()

    assert "Finanzas personales" in _html(client.get(index.url))


def test_starting_a_course_without_lessons_is_refused_with_a_message(client, user):
    course = course_page(title="Curso vacío", lessons=False)
    client.force_login(user)

    response = client.post(reverse("courses:enrol", kwargs={"course_id": course.pk}))

    assert response.status_code == 302
    assert response["Location"] == course.url
    with translation.override("es"):
        expected = gettext(NO_LESSONS)
    assert [str(m) for m in get_messages(response.wsgi_request)] == [expected]
    assert not Enrolment.objects.exists()


def test_the_enrolment_service_refuses_a_course_whose_lessons_are_drafts(user):
    course = course_page(lessons=False)
    lesson_page(course).unpublish()

    with pytest.raises(ValidationError):
        enrolment_create(user=user, course=course)
    assert not Enrolment.objects.exists()


@pytest.mark.parametrize(
    ("minutes", "hours"), [(0, 1), (1, 1), (60, 1), (61, 2), (95, 2), (1200, 20)]
)
def test_hours_are_the_minutes_rounded_up_to_whole_hours_at_least_one(minutes, hours):
    assert hours_for_minutes(minutes) == hours


def test_a_courses_hours_follow_its_lessons(client):
    course = course_page(title="Plan de empresa", hours_set_by_hand=False)
    lesson_page(course, minutes=45)
    second = lesson_page(course, minutes=50)
    assert _hours(course) == 2  # 95 minutes

    third = lesson_page(course, minutes=30, live=False)
    assert _hours(course) == 2  # a draft does not count
    third.save_revision().publish()
    assert _hours(course) == 3  # 125 minutes

    second.unpublish()
    assert _hours(course) == 2  # 75 minutes
    third.delete()
    assert _hours(course) == 1  # 45 minutes
    assert "1 hora" in _html(client.get(course.url))


def test_changing_a_lessons_minutes_on_publish_updates_the_hours():
    course = course_page(hours_set_by_hand=False)
    lesson = lesson_page(course, minutes=30)

    lesson.minutes = 150
    lesson.save_revision()
    assert _hours(course) == 1  # not yet published
    lesson.save_revision().publish()

    assert _hours(course) == 3


def test_publishing_a_course_states_the_hours_of_its_lessons():
    course = course_page(hours_set_by_hand=False)
    lesson_page(course, minutes=120)
    course.hours = 18  # as an author might have typed before

    course.save_revision().publish()

    assert _hours(course) == 2


def test_hours_set_by_hand_stay_whatever_the_lessons():
    course = course_page(hours=18, hours_set_by_hand=True)
    lesson_page(course, minutes=95)
    lesson_page(course, minutes=400)
    course.save_revision().publish()

    assert _hours(course) == 18


def test_a_lesson_moved_to_another_course_moves_its_minutes():
    first = course_page(hours_set_by_hand=False)
    second = course_page(hours_set_by_hand=False)
    lesson_page(first, minutes=30)
    long = lesson_page(first, minutes=300)
    lesson_page(second, minutes=30)

    long.move(second, pos="last-child")

    assert (_hours(first), _hours(second)) == (1, 6)
