"""Staff screens: mentor approval and cohort matching (the report is in the
Wagtail admin, mentoring.admin_report).

Plain Django views under /<lang>/mentors/staff/, linked from the Wagtail admin
menu; anyone but staff gets a 403 (anonymous visitors are sent to log in).
"""

from __future__ import annotations

from functools import wraps

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from mentoring import reports
from mentoring.forms import CohortForm, ReviewForm
from mentoring.models import (
    Cohort,
    CohortMentor,
    ExpertiseArea,
    MenteeProfile,
    MentorProfile,
)
from mentoring.selectors import mentors_with_free, reasons_text
from mentoring.services.cohorts import (
    cohort_assignment_set,
    cohort_compute,
    cohort_confirm,
)
from mentoring.services.profiles import mentor_review
from mentoring.views import error_text
from rumbo.forms import add_errors


def staff_required(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not (request.user.is_active and request.user.is_staff):
            raise PermissionDenied(_("Only programme staff can see this page."))
        return view(request, *args, **kwargs)

    return wrapper


@staff_required
def staff_home(request: HttpRequest) -> HttpResponse:
    waiting = (
        MentorProfile.objects.filter(status=MentorProfile.Status.PENDING)
        .select_related("user")
        .prefetch_related("areas")
    )
    return render(
        request,
        "mentoring/staff/home.html",
        {
            "waiting": waiting,
            "review_form": ReviewForm(),
            "figures": reports.overall_figures(),
        },
    )


@staff_required
@require_POST
def mentor_review_view(request: HttpRequest, pk: int) -> HttpResponse:
    mentor = MentorProfile.objects.filter(pk=pk).select_related("user").first()
    if mentor is None:
        raise Http404
    form = ReviewForm(request.POST)
    decision = request.POST.get("decision")
    if decision not in ("approve", "reject") or not form.is_valid():
        messages.error(request, _("Choose to approve or reject the profile."))
        return redirect("mentoring:staff_home")
    mentor_review(
        staff=request.user,
        mentor=mentor,
        approve=decision == "approve",
        note=form.cleaned_data["note"],
    )
    if decision == "approve":
        messages.success(
            request,
            _("%(name)s is now a public mentor.") % {"name": mentor.user.public_name},
        )
    else:
        messages.success(
            request,
            _("%(name)s's profile was not approved.")
            % {"name": mentor.user.public_name},
        )
    return redirect("mentoring:staff_home")


@staff_required
def report(request: HttpRequest) -> HttpResponse:
    """The report lives in the Wagtail admin now; old links land there."""
    return redirect("mentoring_report")


@staff_required
def cohort_list(request: HttpRequest) -> HttpResponse:
    mentees = MenteeProfile.objects.select_related("user").order_by(
        "user__display_name", "user_id"
    )
    mentors = (
        mentors_with_free()
        .filter(status=MentorProfile.Status.APPROVED, accepting=True, free__gt=0)
        .select_related("user")
        .order_by("user__display_name", "pk")
    )
    form = CohortForm(
        request.POST or None,
        mentee_choices=[
            (m.user_id, f"{m.user.public_name} · {m.get_region_display()}")
            for m in mentees
        ],
        mentor_choices=[
            (
                m.pk,
                _("%(name)s · %(free)d free")
                % {"name": m.user.public_name, "free": m.free},
            )
            for m in mentors
        ],
    )
    if request.method == "POST" and form.is_valid():
        try:
            cohort = cohort_compute(
                staff=request.user,
                name=form.cleaned_data["name"],
                mentee_ids=form.cleaned_data["mentees"],
                mentor_ids=form.cleaned_data["mentors"],
            )
        except ValidationError as error:
            add_errors(form, error)
        else:
            messages.success(
                request, _("Proposal computed. Review it, adjust it and confirm.")
            )
            return redirect("mentoring:cohort_detail", pk=cohort.pk)
    return render(
        request,
        "mentoring/staff/cohorts.html",
        {"form": form, "cohorts": Cohort.objects.all()[:30]},
        status=400 if form.errors else 200,
    )


@staff_required
def cohort_detail(request: HttpRequest, pk: int) -> HttpResponse:
    cohort = Cohort.objects.filter(pk=pk).first()
    if cohort is None:
        raise Http404
    rows = list(cohort.assignments.select_related("mentee", "mentor__user"))
    area_names = {a.pk: a.name for a in ExpertiseArea.objects.all()}
    mentor_ids = CohortMentor.objects.filter(cohort=cohort).values_list(
        "mentor_id", flat=True
    )
    mentors = list(
        mentors_with_free()
        .filter(pk__in=mentor_ids)
        .select_related("user")
        .order_by("pk")
    )
    load: dict[int, int] = {}
    for row in rows:
        row.reason_words = reasons_text(
            [tuple(r) for r in row.reasons], area_names=area_names, mentor=row.mentor
        )
        if row.mentor_id:
            load[row.mentor_id] = load.get(row.mentor_id, 0) + 1
    for mentor in mentors:
        mentor.assigned = load.get(mentor.pk, 0)
        # Once confirmed the places are taken: nothing is "over" any more.
        mentor.over = (
            cohort.status == Cohort.Status.DRAFT and mentor.assigned > mentor.free
        )
    return render(
        request,
        "mentoring/staff/cohort_detail.html",
        {
            "cohort": cohort,
            "rows": rows,
            "mentors": mentors,
            "unassigned": sum(1 for r in rows if r.mentor_id is None),
        },
    )


@staff_required
@require_POST
def cohort_assign(request: HttpRequest, pk: int) -> HttpResponse:
    raw_mentor = request.POST.get("mentor", "")
    try:
        assignment_id = int(request.POST.get("assignment", ""))
        mentor_id = int(raw_mentor) if raw_mentor else None
    except ValueError:
        messages.error(request, _("Choose a mentee and a mentor from the list."))
        return redirect("mentoring:cohort_detail", pk=pk)
    try:
        cohort_assignment_set(
            staff=request.user,
            cohort_id=pk,
            assignment_id=assignment_id,
            mentor_id=mentor_id,
        )
    except ValidationError as error:
        messages.error(request, error_text(error))
    else:
        messages.success(request, _("Assignment changed."))
    return redirect("mentoring:cohort_detail", pk=pk)


@staff_required
@require_POST
def cohort_confirm_view(request: HttpRequest, pk: int) -> HttpResponse:
    try:
        created = cohort_confirm(staff=request.user, cohort_id=pk)
    except ValidationError as error:
        messages.error(request, error_text(error))
    else:
        messages.success(
            request,
            _("Cohort confirmed: %(n)d mentorships created and everyone emailed.")
            % {"n": len(created)},
        )
    return redirect("mentoring:cohort_detail", pk=pk)
