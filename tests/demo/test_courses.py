"""The demo catalogue: complete, translated, and safe to seed twice."""

import pytest
from django.db.models import Count

from courses.certificates.models import Certificate
from courses.exams.models import Attempt
from courses.models import CoursePage, Enrolment, Instructor, LessonPage, Topic
from demo.seeders.courses import courses_seed
from tests.demo.seeding import seeded_for_module
from tests.factories import UserFactory


def _seed_twice():
    UserFactory(email="ana@rumbo.example")
    courses_seed()
    return courses_seed()  # the second run must find everything in place


@pytest.fixture(scope="module")
def seeded_once(django_db_setup, django_db_blocker):
    with seeded_for_module(django_db_blocker, _seed_twice) as courses:
        yield courses


@pytest.fixture
def seeded(seeded_once, db):
    return seeded_once


def _per_locale(model) -> dict[str, int]:
    rows = (
        model.objects.order_by().values("locale__language_code").annotate(n=Count("pk"))
    )
    return {row["locale__language_code"]: row["n"] for row in rows}


def test_seeding_twice_creates_each_thing_once(seeded):
    assert _per_locale(CoursePage) == {"es": 24, "pt": 24, "en": 24}
    assert _per_locale(Topic) == {"es": 8, "pt": 8, "en": 8}
    assert _per_locale(Instructor) == {"es": 5, "pt": 5, "en": 5}
    assert len(seeded) == 24
    assert Enrolment.objects.count() == 2
    assert Attempt.objects.count() == 1
    assert Certificate.objects.count() == 1


def test_every_course_is_live_and_linked_to_its_translations(seeded):
    assert len(seeded) == 24
    for translations in seeded.values():
        assert set(translations) == {"es", "pt", "en"}
        keys = {page.translation_key for page in translations.values()}
        assert len(keys) == 1
        titles = {page.title for page in translations.values()}
        assert len(titles) == 3
        for code, page in translations.items():
            assert page.live and page.locale.language_code == code
            assert page.topic.locale_id == page.locale_id
            assert page.cover_image is not None
            assert 10 <= page.hours <= 40
            assert page.course_instructors.count() >= 1
            for link in page.course_instructors.all():
                assert link.instructor.locale_id == page.locale_id


def test_four_courses_have_lessons_and_an_exam_in_every_language(seeded):
    complete = CoursePage.objects.exclude(exam_questions=[]).order_by("locale")
    assert complete.count() == 12
    for course in complete:
        lessons = LessonPage.objects.child_of(course).live()
        assert 4 <= lessons.count() <= 6
        kinds = {block.block_type for block in course.exam_questions}
        assert kinds == {"single", "multiple", "true_false", "numeric"}
        assert 8 <= len(course.exam_questions) <= 12
        assert course.exam_question_count == 5
        assert 60 <= course.exam_pass_mark <= 70
        assert course.exam_max_attempts == 3
        bodies = [
            block.block_type for lesson in lessons for block in lesson.specific.body
        ]
        assert {"text", "download", "check"} <= set(bodies)
    assert complete.filter(exam_feedback="explanation").exists()
    assert complete.filter(exam_time_limit_minutes=30).exists()


def test_demo_learner_has_progress_and_a_certificate(seeded):
    enrolments = Enrolment.objects.filter(user__email="ana@rumbo.example")
    assert enrolments.count() == 2
    assert enrolments.filter(completed_at__isnull=False).count() == 1
    certificate = Certificate.objects.get(user__email="ana@rumbo.example")
    assert certificate.attempt.passed
    assert certificate.pdf
