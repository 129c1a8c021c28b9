"""The exam: rules and history, taking an attempt, and its result."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy
from django.views.decorators.http import require_POST

from courses.exams.models import Attempt
from courses.exams.selectors import exam_status
from courses.exams.services import (
    AlreadyGraded,
    attempt_start,
    attempt_submit,
    attempts_expire,
)
from courses.models import CoursePage
from courses.selectors import course_progress, enrolment_for

FIELD_PREFIX = "q-"
TRUE_FALSE = {"true": _lazy("True"), "false": _lazy("False")}


@login_required
def exam_overview(request, course_id: int):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    attempts_expire(user=request.user, course=course)
    enrolment = enrolment_for(request.user, course)
    # The lessons of the course the learner enrolled in, whichever language
    # the exam is taken in.
    progress = course_progress(enrolment.course if enrolment else course, enrolment)
    return render(
        request,
        "exams/exam_overview.html",
        {
            "course": course,
            "status": exam_status(
                request.user,
                course,
                progress=progress,
                enrolled=enrolment is not None,
            ),
            "progress": progress,
        },
    )


@require_POST
@login_required
def exam_start(request, course_id: int):
    course = get_object_or_404(CoursePage.objects.live(), pk=course_id)
    try:
        attempt = attempt_start(user=request.user, course=course)
    except ValidationError as error:
        messages.error(request, error.messages[0])
        return redirect("exams:overview", course_id=course.pk)
    return redirect("exams:attempt", pk=attempt.pk)


def _own_attempt(request, pk: int) -> Attempt:
    attempt = get_object_or_404(Attempt.objects.select_related("course"), pk=pk)
    if attempt.user_id != request.user.pk and not request.user.is_staff:
        raise PermissionDenied(_("This exam attempt is not yours."))
    return attempt


def _submitted(post) -> dict[str, list[str]]:
    return {
        name.removeprefix(FIELD_PREFIX): post.getlist(name)
        for name in post
        if name.startswith(FIELD_PREFIX)
    }


@login_required
def attempt_take(request, pk: int):
    attempt = _own_attempt(request, pk)
    if request.method == "POST":
        if request.POST.get("attempt") != str(attempt.pk):
            messages.error(request, _("This form belongs to another attempt."))
            return redirect("exams:attempt", pk=attempt.pk)
        try:
            attempt = attempt_submit(
                user=request.user,
                attempt_id=attempt.pk,
                submitted=_submitted(request.POST),
            )
        except AlreadyGraded:
            messages.info(
                request,
                _("This attempt was already submitted; its grade has not changed."),
            )
            return redirect("exams:result", pk=attempt.pk)
        except ValidationError as error:
            messages.error(request, error.messages[0])
            return redirect("exams:attempt", pk=attempt.pk)
        if attempt.status == Attempt.Status.EXPIRED:
            messages.error(
                request,
                _(
                    "Your answers arrived after the time limit, so they were not "
                    "accepted. This attempt counts with a score of 0."
                ),
            )
        return redirect("exams:result", pk=attempt.pk)
    if attempt.user_id != request.user.pk or attempt.status != Attempt.Status.OPEN:
        return redirect("exams:result", pk=attempt.pk)
    attempts_expire(user=request.user, course=attempt.course)
    attempt.refresh_from_db()
    if attempt.status != Attempt.Status.OPEN:
        return redirect("exams:result", pk=attempt.pk)
    seconds_left = (
        max(int((attempt.deadline - timezone.now()).total_seconds()), 0)
        if attempt.deadline
        else None
    )
    return render(
        request,
        "exams/attempt_take.html",
        {
            "attempt": attempt,
            "course": attempt.course,
            "questions": attempt.paper,
            "prefix": FIELD_PREFIX,
            "seconds_left": seconds_left,
        },
    )


@login_required
def attempt_result(request, pk: int):
    attempt = _own_attempt(request, pk)
    if attempt.status == Attempt.Status.OPEN:
        return redirect("exams:attempt", pk=attempt.pk)
    show_correctness = attempt.feedback in ("correctness", "explanation")
    show_explanations = attempt.feedback == "explanation"
    review = []
    for number, question in enumerate(attempt.paper, start=1):
        given = attempt.answers.get(question["id"], [])
        key = attempt.key.get(question["id"], {})
        choices = {
            c["id"]: c.get("text") or TRUE_FALSE.get(c["id"], c["id"])
            for c in question.get("choices", [])
        }
        review.append(
            {
                "number": number,
                "question": question,
                "given": given,
                "given_text": [choices.get(v) or v for v in given],
                "correct": attempt.results.get(question["id"]),
                "correct_text": [choices.get(v, v) for v in key["correct"]]
                if "correct" in key
                else [key.get("answer")],
                "explanation": key.get("explanation", ""),
            }
        )
    certificate = getattr(attempt, "certificate", None) if attempt.passed else None
    return render(
        request,
        "exams/attempt_result.html",
        {
            "attempt": attempt,
            "course": attempt.course,
            "review": review,
            "show_correctness": show_correctness,
            "show_explanations": show_explanations,
            "certificate": certificate,
        },
    )
