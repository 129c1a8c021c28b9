"""Staff screens in the Wagtail admin: send (segments, count, test, schedule),
progress with pause/resume/cancel, the list of sends, and CSV import."""

from django.contrib.auth.decorators import permission_required
from django.core.exceptions import ValidationError
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from wagtail.admin import messages

from newsletters import services
from newsletters.forms import ImportForm, SegmentForm, SendForm, TestSendForm
from newsletters.models import Campaign, Send
from newsletters.segments import segment_clean, segment_count, segment_describe
from newsletters.sending import send_progress

can_send = permission_required("newsletters.add_send", raise_exception=True)
can_import = permission_required("newsletters.add_subscriber", raise_exception=True)


def _render(request, template, context, status=200):
    return TemplateResponse(request, template, context, status=status)


@can_send
def send_campaign(request, pk: int):
    campaign = get_object_or_404(Campaign.objects.select_related("locale"), pk=pk)
    sending = request.method == "POST" and request.POST.get("action") != "test"
    # Built once: the groups' fields may read the database (the list of courses).
    form = SendForm(request.POST if sending else None, initial={"when": "now"})
    test_form = TestSendForm(initial={"email": request.user.email})
    status = 200
    if request.method == "POST" and request.POST.get("action") == "test":
        test_form = TestSendForm(request.POST)
        if test_form.is_valid():
            services.send_test(campaign=campaign, email=test_form.cleaned_data["email"])
            messages.success(
                request,
                _("A test has been sent to %(email)s.")
                % {"email": test_form.cleaned_data["email"]},
            )
            return redirect("newsletters_admin:send", pk=campaign.pk)
        status = 400
    elif sending:
        if form.is_valid():
            scheduled = (
                form.cleaned_data["scheduled_at"]
                if form.cleaned_data["when"] == "later"
                else None
            )
            try:
                send = services.send_create(
                    campaign=campaign,
                    segment=form.segment(),
                    by=request.user,
                    scheduled_at=scheduled,
                )
            except ValidationError as error:
                form.add_error(None, error)
            else:
                if scheduled:
                    messages.success(request, _("The newsletter is scheduled."))
                else:
                    messages.success(request, _("The newsletter is being sent."))
                return redirect("newsletters_admin:send_detail", pk=send.pk)
        status = 400
    sends = Send.objects.filter(campaign_key=campaign.translation_key).order_by(
        "-created_at"
    )[:10]
    return _render(
        request,
        "newsletters/admin/send.html",
        {
            "page_title": _("Send “%(title)s”") % {"title": campaign.title},
            "header_icon": "mail",
            "campaign": campaign,
            "form": form,
            "test_form": test_form,
            "count_url": reverse("newsletters_admin:count"),
            "sends": sends,
            "preview_url": reverse(
                "wagtailsnippets_newsletters_campaign:edit", args=[campaign.pk]
            ),
        },
        status=status,
    )


@can_send
def count(request):
    """How many subscribers a segment reaches: the live count on the send screen."""
    form = SegmentForm(request.GET)
    if not form.is_valid():
        return JsonResponse({"error": _("Check the choices.")}, status=400)
    try:
        segment = segment_clean(form.segment())
    except ValidationError as error:
        return JsonResponse({"error": error.messages[0]}, status=400)
    n = segment_count(segment)
    return JsonResponse(
        {
            "count": n,
            "label": ngettext("%(n)s recipient", "%(n)s recipients", n) % {"n": n},
            "description": segment_describe(segment),
        }
    )


@can_send
def sends(request):
    rows = Send.objects.select_related("campaign", "created_by").order_by(
        "-created_at"
    )[:200]
    return _render(
        request,
        "newsletters/admin/sends.html",
        {"page_title": _("Sends"), "header_icon": "mail", "sends": rows},
    )


@can_send
def send_detail(request, pk: int):
    send = get_object_or_404(Send.objects.select_related("campaign"), pk=pk)
    return _render(
        request,
        "newsletters/admin/send_detail.html",
        {
            "page_title": _("Sending “%(title)s”") % {"title": send.campaign.title},
            "header_icon": "mail",
            "send": send,
            "progress": send_progress(send),
            "segment": segment_describe(send.segment),
            "progress_url": reverse("newsletters_admin:progress", args=[send.pk]),
            "failures": send.deliveries.filter(state="failed")
            .select_related("subscriber")
            .order_by("pk")[:50],
        },
    )


@can_send
def progress(request, pk: int):
    send = Send.objects.filter(pk=pk).first()
    if send is None:
        raise Http404
    return JsonResponse(send_progress(send))


@can_send
@require_POST
def send_control(request, pk: int, action: str):
    send = get_object_or_404(Send, pk=pk)
    actions = {
        "pause": (services.send_pause, _("Sending is paused.")),
        "resume": (services.send_resume, _("Sending has resumed.")),
        "cancel": (services.send_cancel, _("Sending is cancelled.")),
    }
    if action not in actions:
        raise Http404
    service, done = actions[action]
    try:
        service(send=send)
    except ValidationError as error:
        messages.error(request, error.messages[0])
    else:
        messages.success(request, done)
    return redirect("newsletters_admin:send_detail", pk=send.pk)


@can_import
def import_subscribers(request):
    form = ImportForm()
    report = None
    status = 200
    if request.method == "POST":
        form = ImportForm(request.POST, request.FILES)
        if form.is_valid():
            try:
                report = services.subscribers_import(
                    file=form.cleaned_data["file"],
                    consent_given=form.cleaned_data["consent_given"],
                    consent_note=form.cleaned_data["consent_note"],
                    ask_to_confirm=form.cleaned_data["ask_to_confirm"],
                    by=request.user,
                )
            except ValidationError as error:
                form.add_error("file", error)
                status = 400
        else:
            status = 400
    return _render(
        request,
        "newsletters/admin/import.html",
        {
            "page_title": _("Import subscribers"),
            "header_icon": "upload",
            "form": form,
            "report": report,
            "now": timezone.now(),
        },
        status=status,
    )
