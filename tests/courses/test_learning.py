"""Starting a course, following its lessons, leaving it; the account area."""

import pytest
from django.urls import reverse

from courses.models import Enrolment, LessonCompletion
from tests.factories.courses import course_page, enrol, lesson_page

pytestmark = pytest.mark.django_db


def _course_with_lessons(n=3, **kwargs):
    course = course_page(**kwargs)
    lessons = [lesson_page(course, title=f"Lección número {i}") for i in range(n)]
    return course, lessons


def test_anonymous_start_is_sent_to_log_in_and_back(client):
    course, _ = _course_with_lessons()
    url = reverse("courses:enrol", kwargs={"course_id": course.pk})

    response = client.post(url)

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_login"))
    assert "next=" in response["Location"]
    assert not Enrolment.objects.exists()


def test_start_enrols_once_and_opens_the_first_lesson(client, user):
    course, lessons = _course_with_lessons()
    client.force_login(user)
    url = reverse("courses:enrol", kwargs={"course_id": course.pk})

    first = client.post(url)
    second = client.post(url)  # double click

    assert first["Location"] == lessons[0].url
    assert second.status_code == 302
    assert Enrolment.objects.filter(user=user, course=course).count() == 1


def test_start_needs_post(client, user):
    course, _ = _course_with_lessons()
    client.force_login(user)

    response = client.get(reverse("courses:enrol", kwargs={"course_id": course.pk}))

    assert response.status_code == 405
    assert not Enrolment.objects.exists()


def test_unpublished_course_cannot_be_started(client, user):
    course, _ = _course_with_lessons()
    course.unpublish()
    client.force_login(user)

    response = client.post(reverse("courses:enrol", kwargs={"course_id": course.pk}))

    assert response.status_code == 404
    assert not Enrolment.objects.exists()


def test_lessons_are_for_enrolled_learners(client, user):
    course, lessons = _course_with_lessons()

    anonymous = client.get(lessons[0].url)
    client.force_login(user)
    not_enrolled = client.get(lessons[0].url)
    enrol(user, course)
    enrolled = client.get(lessons[0].url)

    assert anonymous.status_code == 302 and "login" in anonymous["Location"]
    assert not_enrolled.status_code == 302 and not_enrolled["Location"] == course.url
    assert enrolled.status_code == 200
    assert "Contenido de la lección." in enrolled.content.decode()


def test_completing_lessons_moves_on_and_finishes_the_course(client, user):
    course, lessons = _course_with_lessons(2)
    enrolment = enrol(user, course)
    client.force_login(user)

    def complete(lesson):
        return client.post(
            reverse("courses:lesson-complete", kwargs={"lesson_id": lesson.pk})
        )

    assert complete(lessons[0])["Location"] == lessons[1].url
    complete(lessons[0])  # again: nothing new
    assert complete(lessons[1])["Location"] == course.url

    enrolment.refresh_from_db()
    assert LessonCompletion.objects.filter(enrolment=enrolment).count() == 2
    assert enrolment.completed_at is not None


def test_a_lesson_cannot_be_completed_without_enrolment(client, user, other_user):
    course, lessons = _course_with_lessons(1)
    enrol(other_user, course)
    client.force_login(user)

    response = client.post(
        reverse("courses:lesson-complete", kwargs={"lesson_id": lessons[0].pk})
    )

    assert response.status_code == 302
    assert not LessonCompletion.objects.exists()


def test_course_page_offers_to_continue_where_the_learner_left_off(client, user):
    course, lessons = _course_with_lessons(3)
    enrol(user, course)
    client.force_login(user)
    client.post(reverse("courses:lesson-complete", kwargs={"lesson_id": lessons[0].pk}))
    client.get(lessons[1].url)

    html = client.get(course.url).content.decode()

    assert f'href="{lessons[1].url}"' in html
    assert 'value="33"' in html  # the progress bar


def test_leaving_a_course_drops_progress_only(client, user):
    course, lessons = _course_with_lessons(1)
    enrolment = enrol(user, course)
    LessonCompletion.objects.create(enrolment=enrolment, lesson=lessons[0])
    client.force_login(user)

    response = client.post(reverse("courses:leave", kwargs={"course_id": course.pk}))

    assert response["Location"] == course.url
    assert not Enrolment.objects.exists()
    assert not LessonCompletion.objects.exists()


def test_account_area_lists_my_courses_with_progress(client, user, other_user):
    mine, lessons = _course_with_lessons(4, title="Curso que sigo")
    enrolment = enrol(user, mine)
    LessonCompletion.objects.create(enrolment=enrolment, lesson=lessons[0])
    theirs, _ = _course_with_lessons(1, title="Curso de otra persona")
    enrol(other_user, theirs)
    client.force_login(user)

    html = client.get(reverse("account_home")).content.decode()

    assert "Curso que sigo" in html
    assert 'value="25"' in html
    assert "Curso de otra persona" not in html


def test_account_area_queries_do_not_grow_with_enrolments(
    client, user, django_assert_max_num_queries
):
    for _n in range(40):
        course, lessons = _course_with_lessons(3)
        enrolment = enrol(user, course)
        LessonCompletion.objects.create(enrolment=enrolment, lesson=lessons[0])
        enrolment.last_lesson = lessons[0]
        enrolment.save()
    client.force_login(user)
    client.get(reverse("account_home"))

    with django_assert_max_num_queries(15):
        response = client.get(reverse("account_home"))
    assert response.content.decode().count('value="33"') == 40


def test_data_download_includes_the_learners_courses_only(client, user, other_user):
    import json

    course, _ = _course_with_lessons(1, title="Curso exportado")
    enrol(user, course)
    other, _ = _course_with_lessons(1, title="Curso ajeno")
    enrol(other_user, other)
    client.force_login(user)

    data = json.loads(client.get(reverse("account_data_export")).content)

    assert [e["course"] for e in data["learning"]["enrolments"]] == ["Curso exportado"]
