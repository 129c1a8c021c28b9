"""Upgrading an older demo: the empty course pages it seeded stop being listed,
and nothing an editor made is touched."""

import pytest

from courses.models import CoursePage
from demo.seeders.courses import empty_courses_unpublish
from tests.factories import UserFactory
from tests.factories.courses import course_page

pytestmark = pytest.mark.django_db


def _live(course) -> bool:
    return CoursePage.objects.get(pk=course.pk).live


def test_an_empty_course_left_by_an_older_demo_is_unpublished():
    shell = course_page(lessons=False)
    empty_courses_unpublish(keep=set())
    assert not _live(shell)


def test_courses_with_lessons_owned_or_kept_stay_live():
    with_lessons = course_page()
    owned = course_page(lessons=False, owner=UserFactory())
    kept = course_page(lessons=False)
    empty_courses_unpublish(keep={kept.pk})
    assert _live(with_lessons) and _live(owned) and _live(kept)
