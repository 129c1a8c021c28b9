"""Who may take part in a course: small checks shared by views and services."""

from __future__ import annotations

from typing import TYPE_CHECKING

from courses.models import CourseInstructor, Enrolment

if TYPE_CHECKING:
    from django.contrib.auth.models import AnonymousUser

    from courses.models import CoursePage
    from users.models import User


def is_instructor(user: User | AnonymousUser, course: CoursePage) -> bool:
    """True when `user` is the account of one of the course's instructors."""
    if not user.is_authenticated:
        return False
    return CourseInstructor.objects.filter(
        page_id=course.pk, instructor__user_id=user.pk
    ).exists()


def can_take_part(user: User | AnonymousUser, course: CoursePage) -> bool:
    """Staff, the course's instructors and its enrolled learners (enrolled in
    any of its languages)."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_staff:
        return True
    return Enrolment.objects.filter(
        user_id=user.pk, course__translation_key=course.translation_key
    ).exists() or is_instructor(user, course)
