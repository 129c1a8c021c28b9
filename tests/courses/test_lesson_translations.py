"""A lesson in several languages: each at the slug of its own language, and the
language switcher going from one to the same lesson in the other."""

import re

import pytest
from django.urls import reverse

from tests.factories.courses import course_page, enrol, lesson_page, translate

pytestmark = pytest.mark.django_db


def switcher(html: str) -> dict[str, str]:
    """The language switcher's links: language code -> URL."""
    nav = html.split('class="language-nav"', 1)[1].split("</nav>", 1)[0]
    return {
        code: url for url, code in re.findall(r'href="([^"]+)" hreflang="(\w+)"', nav)
    }


@pytest.fixture
def lessons():
    """A Spanish course whose second lesson exists in English too, under
    English slugs; the first lesson is in Spanish only."""
    course = course_page(title="Vender en línea", slug="vender-en-linea")
    first = lesson_page(course, title="Tu tienda", slug="tu-tienda")
    second = lesson_page(course, title="Tus clientes", slug="tus-clientes")
    english = translate(course, "en", title="Selling online", slug="selling-online")
    second_en = translate(second, "en", title="Your customers", slug="your-customers")
    return {
        "course": course,
        "course_en": english,
        "first": first,
        "es": second,
        "en": second_en,
    }


def test_a_translated_lesson_lives_at_the_slug_of_its_language(client, user, lessons):
    enrol(user, lessons["course_en"])
    client.force_login(user)

    response = client.get(lessons["en"].url)

    assert lessons["en"].url.endswith("/selling-online/your-customers/")
    assert lessons["en"].url.startswith("/en/")
    assert response.status_code == 200
    assert "Your customers" in response.content.decode()


def test_the_switcher_on_a_lesson_leads_to_the_same_lesson_in_english(
    client, user, lessons
):
    enrol(user, lessons["course"])
    client.force_login(user)

    links = switcher(client.get(lessons["es"].url).content.decode())

    assert links["en"] == lessons["en"].url
    assert links["es"] == lessons["es"].url


def test_the_switcher_on_an_english_lesson_leads_back_to_the_spanish_one(
    client, user, lessons
):
    enrol(user, lessons["course_en"])
    client.force_login(user)

    links = switcher(client.get(lessons["en"].url).content.decode())

    assert links["es"] == lessons["es"].url


def test_the_switcher_on_an_untranslated_lesson_leads_to_the_course_or_home(
    client, user, lessons
):
    """No 404 behind a language link: the course in English (it exists), the
    Portuguese home page (no Portuguese course)."""
    enrol(user, lessons["course"])
    client.force_login(user)

    links = switcher(client.get(lessons["first"].url).content.decode())

    assert links["es"] == lessons["first"].url
    assert links["en"] == lessons["course_en"].url
    assert links["pt"] == "/pt/"
    for url in links.values():
        assert client.get(url).status_code == 200


def test_one_enrolment_follows_the_learner_into_another_language(client, user, lessons):
    """Enrolled in Spanish, the learner opens the English lesson (no "start
    the course" wall), and what they finish counts in both languages."""
    from courses.models import Enrolment
    from courses.selectors import course_progress, enrolment_for

    enrolment = enrol(user, lessons["course"])
    client.force_login(user)

    english = client.get(lessons["en"].url)
    done = client.post(
        reverse("courses:lesson-complete", kwargs={"lesson_id": lessons["en"].pk})
    )
    again = client.post(
        reverse("courses:enrol", kwargs={"course_id": lessons["course_en"].pk})
    )

    assert english.status_code == 200
    assert "Your customers" in english.content.decode()
    assert done.status_code == 302 and again.status_code == 302
    assert Enrolment.objects.filter(user=user).count() == 1
    assert enrolment_for(user, lessons["course_en"]) == enrolment
    spanish = course_progress(lessons["course"], enrolment)
    assert spanish.is_done(lessons["es"])  # done in English, done in Spanish
    assert not spanish.is_done(lessons["first"])

    client.post(reverse("courses:leave", kwargs={"course_id": lessons["course_en"].pk}))
    assert not Enrolment.objects.filter(user=user).exists()


def test_a_translation_with_fewer_lessons_does_not_complete_the_course(
    client, user, lessons
):
    """Enrolled in Spanish (two lessons), the learner finishes the English
    version's only lesson: the course is not complete."""
    enrolment = enrol(user, lessons["course"])
    client.force_login(user)

    client.post(
        reverse("courses:lesson-complete", kwargs={"lesson_id": lessons["en"].pk})
    )

    enrolment.refresh_from_db()
    assert enrolment.completed_at is None


def test_an_older_account_with_an_enrolment_in_each_language_sees_the_course_once(
    client, user, lessons
):
    from courses.selectors import enrolments_for_user

    first = enrol(user, lessons["course"])
    enrol(user, lessons["course_en"])

    assert enrolments_for_user(user) == [first]
