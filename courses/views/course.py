"""Context for course and lesson pages: the learner's progress and next step.

A lesson page reads its course and the learner's enrolment once
(``LessonPage.course``, ``lesson_enrolment``) for the gate, the visit and the
context alike.
"""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from courses.selectors import (
    course_instructors,
    course_progress,
    course_topic,
    enrolment_for,
)
from courses.services.enrolment import lesson_visit
from home.translations import live_translations


def course_context(request, page) -> dict:
    from courses.exams.selectors import exam_passed

    enrolment = enrolment_for(request.user, page)
    progress = course_progress(page, enrolment)
    return {
        "enrolment": enrolment,
        "progress": progress,
        "continue_lesson": progress.next_lesson(
            enrolment.last_lesson if enrolment else None
        )
        or (enrolment.last_lesson if enrolment else None),
        "instructors": course_instructors(page),
        "topic": course_topic(page),
        "other_languages": [p for p in live_translations(page) if p.pk != page.pk],
        "has_exam": page.has_exam,
        "exam_passed": page.has_exam and exam_passed(request.user, page),
    }


def can_preview(user, page) -> bool:
    """Editors see lessons without enrolling."""
    return user.is_authenticated and page.permissions_for_user(user).can_edit()


def lesson_enrolment(request, lesson):
    """The learner's enrolment in the lesson's course, read once per request."""
    if not hasattr(lesson, "_enrolment"):
        lesson._enrolment = enrolment_for(request.user, lesson.course)
    return lesson._enrolment


def lesson_gate(request, lesson):
    """Only enrolled learners (and editors) open lessons; others are sent on."""
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    # Enrolment first: learners, nearly everyone here, skip the editors' check.
    if lesson_enrolment(request, lesson) is not None or can_preview(
        request.user, lesson
    ):
        return None
    messages.info(request, _("Start the course to open its lessons."))
    return redirect(lesson.course.url)


def lesson_context(request, page) -> dict:
    course = page.course
    enrolment = lesson_enrolment(request, page)
    if enrolment is not None:
        lesson_visit(enrolment=enrolment, lesson=page)
    progress = course_progress(course, enrolment)
    ids = [lesson.pk for lesson in progress.lessons]
    index = ids.index(page.pk) if page.pk in ids else 0
    return {
        "course": course,
        "enrolment": enrolment,
        "progress": progress,
        "lesson_number": index + 1,
        "previous_lesson": progress.lessons[index - 1] if index > 0 else None,
        "next_lesson": progress.lessons[index + 1]
        if index + 1 < len(progress.lessons)
        else None,
        "is_done": progress.is_done(page),
    }
