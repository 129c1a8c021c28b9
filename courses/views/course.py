"""Context for course and lesson pages: the learner's progress and next step.

A lesson page reads its course and the learner's enrolment once
(``LessonPage.course``, ``lesson_enrolment``) for the gate, the visit and the
context alike.
"""

import html
import re
from dataclasses import dataclass, replace
from datetime import datetime

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from courses.selectors import (
    Progress,
    course_instructors,
    course_progress,
    course_topic,
    enrolment_for,
)
from courses.services.enrolment import lesson_visit
from home.translations import live_translations

# Where finishing the last lesson leads on (not back to the course page).
ONWARD = {"exam", "attempt", "certificate"}


@dataclass(frozen=True)
class NextStep:
    """The one thing a learner is invited to do next in a course.

    ``kind`` is one of: start, first_lesson, continue, attempt, exam, waiting,
    exhausted, certificate, passed, completed. ``url`` is where the main
    button goes, if there is one.
    """

    kind: str
    url: str = ""
    when: datetime | None = None


def next_step(course, enrolment, progress: Progress, exam) -> NextStep:
    """What a learner does next: a lesson, the exam, or their certificate.
    ``exam`` is the learner's exam status, None when the course has none."""
    if enrolment is None:
        return NextStep("start")
    overview = reverse("exams:overview", kwargs={"course_id": course.pk})
    if exam is not None and exam.passed:
        certificate = exam.certificate
        if certificate is not None:
            url = reverse("certificates:verify", kwargs={"code": certificate.code})
            return NextStep("certificate", url)
        return NextStep("passed", overview)
    if exam is not None and exam.state == "open":
        url = reverse("exams:attempt", kwargs={"pk": exam.open_attempt.pk})
        return NextStep("attempt", url)
    lesson = progress.next_lesson(enrolment.last_lesson)
    if lesson is not None:
        return NextStep("continue" if progress.done else "first_lesson", lesson.url)
    if exam is None:
        return NextStep("completed")
    if exam.state == "waiting":
        return NextStep("waiting", overview, exam.next_start_at)
    if exam.state == "exhausted":
        return NextStep("exhausted", overview)
    return NextStep("exam", overview)


def course_exam_status(request, course, enrolment, progress):
    """The enrolled learner's exam status, across the course's languages."""
    from courses.exams.selectors import exam_status

    if enrolment is None or not course.has_exam:
        return None
    return exam_status(request.user, course, progress=progress, enrolled=True)


_NOT_WORDS = re.compile(r"[\W\d_]+")


def syllabus_adds_to(syllabus: str, lessons) -> bool:
    """Whether the author's syllabus says more than the list of lesson titles
    the page shows anyway (a syllabus that only lists them is not repeated)."""
    text = html.unescape(strip_tags(syllabus)).casefold()
    for lesson in lessons:
        text = text.replace(lesson.title.casefold(), " ")
    return bool(_NOT_WORDS.sub("", text))


def course_context(request, page) -> dict:
    enrolment = enrolment_for(request.user, page)
    progress = course_progress(page, enrolment)
    exam = course_exam_status(request, page, enrolment, progress)
    return {
        "enrolment": enrolment,
        "progress": progress,
        "step": next_step(page, enrolment, progress, exam),
        "exam": exam,
        "show_syllabus": bool(page.syllabus)
        and syllabus_adds_to(page.syllabus, progress.lessons),
        "instructors": course_instructors(page),
        "topic": course_topic(page),
        "other_languages": [p for p in live_translations(page) if p.pk != page.pk],
        "has_exam": page.has_exam,
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


def step_after(request, course, enrolment, progress: Progress, lesson) -> NextStep:
    """Where a learner goes once ``lesson`` is done too."""
    done = replace(progress, completed_ids=progress.completed_ids | {lesson.pk})
    exam = course_exam_status(request, course, enrolment, done)
    return next_step(course, enrolment, done, exam)


def lesson_context(request, page) -> dict:
    course = page.course
    enrolment = lesson_enrolment(request, page)
    if enrolment is not None:
        lesson_visit(enrolment=enrolment, lesson=page)
    progress = course_progress(course, enrolment)
    ids = [lesson.pk for lesson in progress.lessons]
    index = ids.index(page.pk) if page.pk in ids else 0
    next_lesson = (
        progress.lessons[index + 1] if index + 1 < len(progress.lessons) else None
    )
    return {
        "course": course,
        "enrolment": enrolment,
        "progress": progress,
        "lesson_number": index + 1,
        "previous_lesson": progress.lessons[index - 1] if index > 0 else None,
        "next_lesson": next_lesson,
        # The last lesson leads on to the exam or the certificate.
        "finish": step_after(request, course, enrolment, progress, page)
        if enrolment is not None and next_lesson is None
        else None,
        "is_done": progress.is_done(page),
    }
