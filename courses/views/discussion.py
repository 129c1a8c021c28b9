"""A course's questions and answers: list and ask, read and answer, moderate."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from courses.forms.discussion import AnswerForm, QuestionForm
from courses.models import CoursePage
from courses.permissions import can_take_part, is_instructor
from courses.selectors.discussion import (
    answer_visible,
    answers_for_question,
    instructor_user_ids,
    question_visible,
    questions_for_course,
)
from courses.services.discussion import (
    answer_accept,
    answer_post,
    post_hide,
    question_ask,
)
from rumbo.forms import add_errors

QUESTIONS_PER_PAGE = 20


def _refused(request: HttpRequest, course: CoursePage) -> HttpResponse:
    """A 403 page that says why and what to do, instead of the bare one."""
    return render(
        request, "courses/discussion/refused.html", {"course": course}, status=403
    )


def _course_or_404(request: HttpRequest, course_id: int) -> CoursePage:
    course = get_object_or_404(CoursePage, pk=course_id)
    if not course.live and not request.user.is_staff:
        raise Http404
    return course


def _question_url(question_id: int) -> str:
    return reverse("discussion:question_detail", kwargs={"pk": question_id})


@login_required
def question_list(request: HttpRequest, course_id: int) -> HttpResponse:
    course = _course_or_404(request, course_id)
    if not can_take_part(request.user, course):
        return _refused(request, course)

    form = QuestionForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            question = question_ask(
                course=course, author=request.user, **form.cleaned_data
            )
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Your question has been posted."))
            return redirect(_question_url(question.pk))

    page = Paginator(
        questions_for_course(course=course, viewer=request.user), QUESTIONS_PER_PAGE
    ).get_page(request.GET.get("page"))
    return render(
        request,
        "courses/discussion/question_list.html",
        {"course": course, "page_obj": page, "form": form},
    )


@login_required
def question_detail(request: HttpRequest, pk: int) -> HttpResponse:
    question = question_visible(question_id=pk, viewer=request.user)
    if question is None:
        raise Http404
    course = question.course
    if not can_take_part(request.user, course):
        return _refused(request, course)

    form = AnswerForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            answer = answer_post(
                question=question, author=request.user, body=form.cleaned_data["body"]
            )
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(request, _("Your answer has been posted."))
            return redirect(f"{_question_url(question.pk)}#answer-{answer.pk}")

    return render(
        request,
        "courses/discussion/question_detail.html",
        {
            "course": course,
            "question": question,
            "answers": answers_for_question(question=question, viewer=request.user),
            "instructor_ids": instructor_user_ids(course=course),
            "can_accept": is_instructor(request.user, course),
            "form": form,
        },
    )


def _answer_from_post(request: HttpRequest, pk: int):
    """The answer in the URL, which must belong to the question the form names."""
    try:
        question_id = int(request.POST.get("question", ""))
    except ValueError:
        raise Http404 from None
    answer = answer_visible(answer_id=pk, question_id=question_id, viewer=request.user)
    if answer is None:
        raise Http404
    return answer


@login_required
@require_POST
def answer_accept_view(request: HttpRequest, pk: int) -> HttpResponse:
    answer = _answer_from_post(request, pk)
    try:
        answer_accept(answer=answer, user=request.user)
    except PermissionDenied:
        return _refused(request, answer.question.course)
    messages.success(request, _("The answer is marked as accepted."))
    return redirect(f"{_question_url(answer.question_id)}#answer-{answer.pk}")


def _hidden_wanted(request: HttpRequest) -> bool:
    # The form says which state it wants, so a double click does not undo itself.
    return request.POST.get("hidden", "1") == "1"


@login_required
@require_POST
def question_hide_view(request: HttpRequest, pk: int) -> HttpResponse:
    if not request.user.is_staff:
        raise PermissionDenied
    question = question_visible(question_id=pk, viewer=request.user)
    if question is None:
        raise Http404
    hidden = _hidden_wanted(request)
    post_hide(post=question, user=request.user, hidden=hidden)
    messages.success(
        request,
        _("The question is hidden.") if hidden else _("The question is visible again."),
    )
    return redirect(_question_url(question.pk))


@login_required
@require_POST
def answer_hide_view(request: HttpRequest, pk: int) -> HttpResponse:
    if not request.user.is_staff:
        raise PermissionDenied
    answer = _answer_from_post(request, pk)
    hidden = _hidden_wanted(request)
    post_hide(post=answer, user=request.user, hidden=hidden)
    messages.success(
        request,
        _("The answer is hidden.") if hidden else _("The answer is visible again."),
    )
    return redirect(f"{_question_url(answer.question_id)}#answer-{answer.pk}")
