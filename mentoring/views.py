"""Mentoring pages: directory, profiles, needs, recommendations, requests and
the mentorship workspace. Views parse input, call a service or selector, render."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from mentoring import selectors
from mentoring.forms import (
    DeclineForm,
    DirectoryFilterForm,
    FeedbackForm,
    GoalForm,
    GoalStatusForm,
    MenteeNeedsForm,
    MentorProfileForm,
    MessageForm,
    RequestForm,
    SessionForm,
)
from mentoring.models import Feedback, MentorProfile, Mentorship
from mentoring.services import mentorships as mentorship_services
from mentoring.services.profiles import mentee_needs_save, mentor_profile_save
from mentoring.services.requests import (
    request_accept,
    request_decline,
    request_send,
    request_withdraw,
)
from rumbo import page_cache
from rumbo.forms import add_errors

PER_PAGE = 24


def error_text(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return " ".join(str(m) for m in error.messages)
    return str(error) or _("You are not allowed to do this.")


def _int(value) -> int | None:
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if 0 < number < 2**62 else None


def directory(request: HttpRequest) -> HttpResponse:
    areas = selectors.areas_all()
    form = DirectoryFilterForm(request.GET or None, areas=areas)
    filters = selectors.DirectoryFilters()
    if form.is_valid():
        filters = selectors.DirectoryFilters(**form.cleaned_data)
    page = Paginator(selectors.directory_mentors(filters), PER_PAGE).get_page(
        request.GET.get("page")
    )
    query = request.GET.copy()
    query.pop("page", None)
    page_cache.public(request, "mentors")
    return render(
        request,
        "mentoring/directory.html",
        {
            "form": form,
            "page_obj": page,
            "mentors": page.object_list,
            "query": query.urlencode(),
            "has_needs": request.user.is_authenticated
            and hasattr(request.user, "mentee_profile"),
        },
    )


def mentor_detail(request: HttpRequest, pk: int) -> HttpResponse:
    mentor = selectors.mentor_public(pk, request.user)
    if mentor is None:
        raise Http404
    if mentor.is_public:
        page_cache.public(request, f"mentor:{mentor.pk}")
    return render(
        request,
        "mentoring/mentor_detail.html",
        {
            "mentor": mentor,
            "form": RequestForm(),
            "own": request.user.pk == mentor.user_id,
        },
    )


@login_required
@require_POST
def request_create(request: HttpRequest, pk: int) -> HttpResponse:
    mentor = selectors.mentor_public(pk, request.user)
    if mentor is None:
        raise Http404
    form = RequestForm(request.POST)
    if form.is_valid():
        try:
            request_send(
                mentee=request.user, mentor=mentor, message=form.cleaned_data["message"]
            )
        except ValidationError as error:
            add_errors(form, error)
        except PermissionDenied as error:
            form.add_error(None, error_text(error))
        else:
            messages.success(
                request,
                _(
                    "Your request was sent to %(name)s. You will get an email with their answer."
                )
                % {"name": mentor.user.public_name},
            )
            return redirect("mentoring:dashboard")
    return render(
        request,
        "mentoring/mentor_detail.html",
        {"mentor": mentor, "form": form, "own": False},
        status=400,
    )


@login_required
def needs_edit(request: HttpRequest) -> HttpResponse:
    profile = selectors.mentee_profile_for(request.user)
    initial = {}
    if profile is not None:
        initial = {
            "areas": list(profile.areas.all()),
            "sector": profile.sector,
            "stage": profile.stage,
            "languages": profile.language_list,
            "region": profile.region,
            "format": profile.format,
            "description": profile.description,
        }
    else:
        initial = {"languages": [request.user.preferred_language]}
    form = MenteeNeedsForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            mentee_needs_save(user=request.user, **form.cleaned_data)
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(
                request,
                _("Your needs are saved. Here are the mentors who fit them best."),
            )
            return redirect("mentoring:recommended")
    context = {"form": form, **selectors.mentee_context(request.user)}
    return render(
        request,
        "mentoring/needs_form.html",
        context,
        status=400 if form.errors else 200,
    )


@login_required
def recommended(request: HttpRequest) -> HttpResponse:
    profile = selectors.mentee_profile_for(request.user)
    if profile is None:
        messages.info(
            request, _("Tell us what you need help with, and we will suggest mentors.")
        )
        return redirect("mentoring:needs")
    recommendations = selectors.mentors_recommended_for(request.user, profile=profile)
    return render(
        request,
        "mentoring/recommended.html",
        {"recommendations": recommendations, "form": RequestForm()},
    )


@login_required
def apply(request: HttpRequest) -> HttpResponse:
    profile = MentorProfile.objects.filter(user=request.user).first()
    form = MentorProfileForm(
        request.POST or None, request.FILES or None, instance=profile
    )
    if request.method == "POST" and form.is_valid():
        data = dict(form.cleaned_data)
        try:
            saved = mentor_profile_save(
                user=request.user,
                areas=list(data.pop("areas")),
                languages=data.pop("languages"),
                sectors=data.pop("sectors"),
                **data,
            )
        except ValidationError as error:
            add_errors(form, error)
        else:
            if saved.status == MentorProfile.Status.PENDING:
                messages.success(
                    request,
                    _(
                        "Thank you! Programme staff will review your profile before it is public."
                    ),
                )
            else:
                messages.success(request, _("Your mentor profile is saved."))
            return redirect("mentoring:dashboard")
    return render(
        request,
        "mentoring/mentor_form.html",
        {"form": form, "profile": profile},
        status=400 if form.errors else 200,
    )


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    mentor = MentorProfile.objects.filter(user=request.user).first()
    received = list(selectors.requests_for_mentor(mentor)[:50]) if mentor else []
    return render(
        request,
        "mentoring/dashboard.html",
        {
            "mentor": mentor,
            "received": received,
            "sent": list(selectors.requests_for_mentee(request.user)[:50]),
            "mentorships": list(selectors.mentorships_for_user(request.user)),
            "has_needs": selectors.mentee_profile_for(request.user) is not None,
            "decline_form": DeclineForm(),
        },
    )


def _answer(request: HttpRequest, pk: int, action) -> HttpResponse:
    try:
        result = action()
    except (ValidationError, PermissionDenied) as error:
        messages.error(request, error_text(error))
        return redirect("mentoring:dashboard")
    return result


@login_required
@require_POST
def request_accept_view(request: HttpRequest, pk: int) -> HttpResponse:
    def accept():
        mentorship = request_accept(request_id=pk, user=request.user)
        messages.success(
            request, _("You accepted the request. Your mentorship has started.")
        )
        return redirect("mentoring:workspace", pk=mentorship.pk)

    return _answer(request, pk, accept)


@login_required
@require_POST
def request_decline_view(request: HttpRequest, pk: int) -> HttpResponse:
    form = DeclineForm(request.POST)
    reason = form.cleaned_data["reason"] if form.is_valid() else ""

    def decline():
        request_decline(request_id=pk, user=request.user, reason=reason)
        messages.success(
            request, _("You declined the request. The mentee has been told.")
        )
        return redirect("mentoring:dashboard")

    return _answer(request, pk, decline)


@login_required
@require_POST
def request_withdraw_view(request: HttpRequest, pk: int) -> HttpResponse:
    def withdraw():
        request_withdraw(request_id=pk, user=request.user)
        messages.success(request, _("Your request was withdrawn."))
        return redirect("mentoring:dashboard")

    return _answer(request, pk, withdraw)


# --- Workspace ------------------------------------------------------------------


def _workspace(
    request: HttpRequest, mentorship: Mentorship, status: int = 200, **forms
) -> HttpResponse:
    is_party = mentorship.is_party(request.user)
    own_feedback = (
        Feedback.objects.filter(mentorship=mentorship, author=request.user).first()
        if is_party
        else None
    )
    context = {
        "mentorship": mentorship,
        "is_party": is_party,
        "is_mentor": request.user.pk == mentorship.mentor.user_id,
        "goals": list(mentorship.goals.all()),
        "sessions": list(mentorship.sessions.all()),
        "thread": list(mentorship.messages.select_related("author")),
        "own_feedback": own_feedback,
        "all_feedback": list(mentorship.feedback.select_related("author"))
        if request.user.is_staff
        else [],
        "goal_form": forms.get("goal_form") or GoalForm(),
        "session_form": forms.get("session_form")
        or SessionForm(initial={"format": "online"}),
        "message_form": forms.get("message_form") or MessageForm(),
        "feedback_form": forms.get("feedback_form") or FeedbackForm(),
        "status_choices": GoalStatusForm().fields["status"].choices,
        "mentee_context": selectors.mentee_context(mentorship.mentee),
        "needs": selectors.mentee_profile_for(mentorship.mentee),
    }
    return render(request, "mentoring/workspace.html", context, status=status)


def _mentorship_or_404(request: HttpRequest, pk: int) -> Mentorship:
    mentorship = selectors.mentorship_visible(pk, request.user)
    if mentorship is None:
        raise Http404
    return mentorship


@login_required
def workspace(request: HttpRequest, pk: int) -> HttpResponse:
    return _workspace(request, _mentorship_or_404(request, pk))


def _workspace_post(
    request: HttpRequest,
    pk: int,
    form_class,
    form_name: str,
    call,
    success: str,
    anchor: str,
):
    mentorship = _mentorship_or_404(request, pk)
    form = form_class(request.POST)
    if form.is_valid():
        try:
            call(mentorship, form.cleaned_data)
        except ValidationError as error:
            add_errors(form, error)
        except PermissionDenied as error:
            raise PermissionDenied(error_text(error)) from error
        else:
            messages.success(request, success)
            return redirect(reverse("mentoring:workspace", kwargs={"pk": pk}) + anchor)
    return _workspace(request, mentorship, status=400, **{form_name: form})


@login_required
@require_POST
def goal_create(request: HttpRequest, pk: int) -> HttpResponse:
    return _workspace_post(
        request,
        pk,
        GoalForm,
        "goal_form",
        lambda m, d: mentorship_services.goal_add(
            mentorship_id=m.pk, user=request.user, **d
        ),
        _("Goal added."),
        "#goals",
    )


@login_required
@require_POST
def goal_status(request: HttpRequest, pk: int, goal_pk: int) -> HttpResponse:
    mentorship = _mentorship_or_404(request, pk)
    form = GoalStatusForm(request.POST)
    if not form.is_valid() or not mentorship.goals.filter(pk=goal_pk).exists():
        messages.error(
            request, _("Choose a valid status for one of this mentorship's goals.")
        )
        return redirect(reverse("mentoring:workspace", kwargs={"pk": pk}) + "#goals")
    try:
        mentorship_services.goal_status_set(
            goal_id=goal_pk, user=request.user, status=form.cleaned_data["status"]
        )
    except ValidationError as error:
        messages.error(request, error_text(error))
    else:
        messages.success(request, _("Goal updated."))
    return redirect(reverse("mentoring:workspace", kwargs={"pk": pk}) + "#goals")


@login_required
@require_POST
def session_create(request: HttpRequest, pk: int) -> HttpResponse:
    return _workspace_post(
        request,
        pk,
        SessionForm,
        "session_form",
        lambda m, d: mentorship_services.session_log(
            mentorship_id=m.pk, user=request.user, **d
        ),
        _("Session logged."),
        "#sessions",
    )


@login_required
@require_POST
def message_create(request: HttpRequest, pk: int) -> HttpResponse:
    return _workspace_post(
        request,
        pk,
        MessageForm,
        "message_form",
        lambda m, d: mentorship_services.message_post(
            mentorship_id=m.pk, user=request.user, body=d["body"]
        ),
        _("Message sent."),
        "#messages",
    )


@login_required
@require_POST
def mentorship_end(request: HttpRequest, pk: int) -> HttpResponse:
    mentorship = _mentorship_or_404(request, pk)
    if mentorship.status == Mentorship.Status.ENDED:
        call = mentorship_services.feedback_leave
        success = _("Thank you for your feedback.")
    else:
        call = mentorship_services.mentorship_end
        success = _("The mentorship has ended. Thank you for your feedback.")
    return _workspace_post(
        request,
        pk,
        FeedbackForm,
        "feedback_form",
        lambda m, d: call(mentorship_id=m.pk, user=request.user, **d),
        success,
        "",
    )
