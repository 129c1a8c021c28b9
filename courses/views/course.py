"""Context for course and lesson pages: the learner's progress and next step."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.utils.translation import gettext as _

from courses.selectors import course_instructors, course_progress, enrolment_for
from courses.services.enrolment import lesson_visit


def course_context(request, page) -> dict:
    from courses.exams.selectors import exam_status

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
        "other_languages": page.get_translations()
        .live()
        .select_related("locale")
        .order_by("locale__language_code"),
        "exam": exam_status(request.user, page, progress=progress)
        if page.has_exam
        else None,
    }


def can_preview(user, page) -> bool:
    """Editors see lessons without enrolling."""
    return user.is_authenticated and page.permissions_for_user(user).can_edit()


def lesson_gate(request, lesson):
    """Only enrolled learners (and editors) open lessons; others are sent on."""
    course = lesson.get_parent()
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path())
    if can_preview(request.user, lesson):
        return None
    if enrolment_for(request.user, course) is None:
        messages.info(request, _("Start the course to open its lessons."))
        return redirect(course.url)
    return None


def lesson_context(request, page) -> dict:
    course = page.get_parent().specific
    enrolment = enrolment_for(request.user, course)
    if enrolment is not None:
        lesson_visit(user=request.user, lesson=page)
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
