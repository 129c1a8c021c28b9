"""POST endpoints for a learner's path: start, complete a lesson, leave."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.models import CoursePage, LessonPage
from courses.selectors import course_progress
from courses.services.enrolment import (
    enrolment_create,
    enrolment_leave,
    lesson_complete,
)


@require_POST
@login_required
def course_enrol(request, course_id: int):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    try:
        enrolment = enrolment_create(user=request.user, course=course)
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect(course.url)
    progress = course_progress(course, enrolment)
    first = progress.next_lesson()
    messages.success(request, _("You have started the course. Enjoy it!"))
    return redirect(first.url if first else course.url)


@require_POST
@login_required
def course_leave(request, course_id: int):
    course = get_object_or_404(CoursePage, pk=course_id)
    enrolment_leave(user=request.user, course=course)
    messages.success(
        request,
        _("You have left %(course)s. You can start it again at any time.")
        % {"course": course.title},
    )
    return redirect(course.url)


@require_POST
@login_required
def lesson_mark_complete(request, lesson_id: int):
    lesson = get_object_or_404(LessonPage.objects.live(), pk=lesson_id)
    try:
        enrolment = lesson_complete(user=request.user, lesson=lesson)
    except PermissionDenied as error:
        messages.error(request, str(error))
        return redirect(lesson.course.url)
    course = enrolment.course
    progress = course_progress(course, enrolment)
    if progress.all_done:
        messages.success(request, _("You have completed every lesson of this course."))
        return redirect(course.url)
    following = progress.next_lesson(after=lesson)
    return redirect(following.url if following else course.url)
