"""A learner's path: start, complete a lesson, leave, take a lesson offline."""

import io

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.lesson_pdf import lesson_pdf_filename, lesson_pdf_render
from courses.models import CoursePage, LessonPage
from courses.selectors import course_progress
from courses.services.enrolment import (
    enrolment_create,
    enrolment_leave,
    lesson_complete,
)
from courses.views.course import ONWARD, course_exam_status, lesson_gate, next_step


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
        exam = course_exam_status(request, course, enrolment, progress)
        step = next_step(course, enrolment, progress, exam)
        return redirect(step.url if step.kind in ONWARD else course.url)
    following = progress.next_lesson(after=lesson)
    return redirect(following.url if following else course.url)


def lesson_pdf(request, lesson_id: int):
    """The lesson as a PDF, for whoever may open the lesson itself."""
    lesson = get_object_or_404(
        LessonPage.objects.live().select_related("locale"), pk=lesson_id
    )
    refused = lesson_gate(request, lesson)
    if refused is not None:
        return refused
    course = lesson.course
    ids = [each.pk for each in course_progress(course, None).lessons]
    pdf = lesson_pdf_render(
        lesson,
        course=course,
        number=ids.index(lesson.pk) + 1 if lesson.pk in ids else 1,
        total=len(ids),
        absolute=request.build_absolute_uri,
    )
    response = FileResponse(
        io.BytesIO(pdf),
        as_attachment=True,
        filename=lesson_pdf_filename(lesson),
        content_type="application/pdf",
    )
    patch_cache_control(response, private=True)
    return response
