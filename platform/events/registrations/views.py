"""Pages of event registration, all for signed-in people and never cached:
the registration box of an event, "My events", and the organisers' tools
(attendees, CSV, attendance, a message to everyone, cancelling the event).

Organisers are whoever may edit the event page in Wagtail: its
organisation's editors and staff.
"""

from __future__ import annotations

import csv

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.generic import FormView, TemplateView, View

from events.models import EventPage
from events.registrations import selectors, services
from events.registrations.forms import (
    AttendanceForm,
    EventCancelForm,
    RegistrantsMessageForm,
    RegistrationActionForm,
)
from events.registrations.models import Registration

ATTENDEES_PER_PAGE = 200
MAX_ID = 2**62


def _error_text(error: ValidationError) -> str:
    return " ".join(str(m) for m in error.messages)


def _event_or_404(page_id: int) -> EventPage:
    if not 0 < page_id < MAX_ID:
        raise Http404
    event = EventPage.objects.filter(pk=page_id).select_related("locale").first()
    if event is None:
        raise Http404
    return event


def _can_organise(event: EventPage, user) -> bool:
    return user.is_authenticated and event.permissions_for_user(user).can_edit()


class EventRegistrationView(LoginRequiredMixin, FormView):
    """The registration box: your status, the seats left and the buttons."""

    form_class = RegistrationActionForm
    template_name = "registrations/event.html"

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.event = _event_or_404(kwargs["page_id"])
        if not self.event.live and not _can_organise(self.event, request.user):
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        event = self.event
        registration = selectors.registration_active(event, self.request.user)
        return {
            **super().get_context_data(**kwargs),
            "event": event,
            "registration": registration,
            "position": selectors.waiting_position(registration)
            if registration
            else None,
            "seats": selectors.seats_for(event),
            "refusal": services.registration_refusal(event),
            "can_organise": _can_organise(event, self.request.user),
            "can_cancel": registration is not None
            and not event.cancelled
            and not selectors.event_started(event),
        }

    def form_valid(self, form):
        user = self.request.user
        try:
            if form.cleaned_data["action"] == "register":
                registration = services.registration_create(
                    event=self.event, person=user
                )
                if registration.status == Registration.Status.CONFIRMED:
                    messages.success(
                        self.request,
                        _("You are registered. We have emailed you the details."),
                    )
                else:
                    messages.success(
                        self.request,
                        _("The event is full: you are on the waiting list."),
                    )
            else:
                services.registration_cancel_mine(event=self.event, person=user)
                messages.success(self.request, _("Your registration is cancelled."))
        except ValidationError as error:
            messages.error(self.request, _error_text(error))
        return redirect(self.request.path)

    def form_invalid(self, form):
        messages.error(self.request, _("Choose register or cancel."))
        return redirect(self.request.path)


class MyEventsView(LoginRequiredMixin, TemplateView):
    template_name = "registrations/my_events.html"

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            **selectors.my_events(self.request.user),
        }


class OrganiserMixin(LoginRequiredMixin):
    """Only people who may edit the event page in Wagtail."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.event = _event_or_404(kwargs["page_id"])
        if not _can_organise(self.event, request.user):
            raise PermissionDenied(_("Only the event's organisers can see this."))
        return super().dispatch(request, *args, **kwargs)

    def attendees_url(self) -> str:
        return reverse("registrations:attendees", kwargs={"page_id": self.event.pk})

    def base_context(self) -> dict:
        return {
            "event": self.event,
            "attendees_url": self.attendees_url(),
        }


class AttendeesView(OrganiserMixin, FormView):
    """Confirmed people then the waiting list, a page at a time; attendance is
    marked on the confirmed ones shown, once the event has started."""

    template_name = "registrations/attendees.html"
    form_class = AttendanceForm

    def page(self):
        paginator = Paginator(selectors.attendees(self.event), ATTENDEES_PER_PAGE)
        return paginator.get_page(self.request.GET.get("page"))

    def get_form_kwargs(self):
        self.rows = self.page()
        confirmed = [
            r.pk for r in self.rows if r.status == Registration.Status.CONFIRMED
        ]
        self.confirmed_ids = confirmed
        return {
            **super().get_form_kwargs(),
            "choices": confirmed,
            "initial": {"shown": ",".join(str(pk) for pk in confirmed)},
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)  # builds the form: self.rows
        rows = self.rows
        # Positions on the waiting list, continuing across pages.
        before = (rows.number - 1) * ATTENDEES_PER_PAGE
        confirmed_total = selectors.seats_for(self.event)
        position = max(before - confirmed_total.confirmed, 0)
        numbered = []
        for registration in rows:
            if registration.status == Registration.Status.WAITING:
                position += 1
                numbered.append((registration, position))
            else:
                numbered.append((registration, None))
        return {
            **context,
            **self.base_context(),
            "rows": numbered,
            "page_obj": rows,
            "seats": confirmed_total,
            "started": selectors.event_started(self.event),
        }

    def form_valid(self, form):
        shown = form.cleaned_data["shown"] & set(self.confirmed_ids)
        try:
            changed = services.attendance_mark(
                event=self.event,
                shown=shown,
                attended=set(form.cleaned_data["attended"]),
            )
        except ValidationError as error:
            messages.error(self.request, _error_text(error))
        else:
            messages.success(
                self.request,
                _("Attendance saved (%(count)s changed).") % {"count": changed},
            )
        return redirect(self.request.get_full_path())

    def form_invalid(self, form):
        messages.error(
            self.request,
            _("The list has changed: reload the page and mark attendance again."),
        )
        return redirect(self.request.get_full_path())


def _cell(value) -> str:
    """Neutralise formulas: a spreadsheet runs a cell starting with = + - @
    (or a tab or carriage return) as one."""
    text = str(value if value is not None else "")
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text


class AttendeesCsvView(OrganiserMixin, View):
    def get(self, request, *args, **kwargs):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        filename = f"attendees-{self.event.slug}.csv"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        response.write("\ufeff")  # Excel reads UTF-8 only with a BOM
        writer = csv.writer(response)
        writer.writerow(
            [
                _("Name"),
                _("Status"),
                _("Waiting list position"),
                _("Registered"),
                _("Attended"),
            ]
        )
        position = 0
        attended_labels = {True: _("Yes"), False: _("No"), None: ""}
        for registration in selectors.attendees(self.event).iterator(chunk_size=500):
            waiting = registration.status == Registration.Status.WAITING
            position += waiting
            person = registration.person
            writer.writerow(
                [
                    _cell(person.public_name if person else _("Deleted account")),
                    _cell(registration.get_status_display()),
                    position if waiting else "",
                    timezone.localtime(registration.created_at).strftime(
                        "%Y-%m-%d %H:%M"
                    ),
                    attended_labels[registration.attended],
                ]
            )
        return response


class RegistrantsMessageView(OrganiserMixin, FormView):
    template_name = "registrations/message.html"
    form_class = RegistrantsMessageForm

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            **self.base_context(),
            "seats": selectors.seats_for(self.event),
        }

    def form_valid(self, form):
        services.registrants_message(
            event=self.event,
            subject=form.cleaned_data["subject"],
            body=form.cleaned_data["body"],
            waiting_too=form.cleaned_data["waiting_too"],
        )
        messages.success(self.request, _("Your message is on its way."))
        return redirect(self.attendees_url())


class EventCancelView(OrganiserMixin, FormView):
    template_name = "registrations/cancel_event.html"
    form_class = EventCancelForm

    def post(self, request, *args, **kwargs):
        # Cancelling publishes the page: editors who may only draft cannot.
        if not self.event.permissions_for_user(request.user).can_publish():
            raise PermissionDenied(_("You cannot publish this event."))
        return super().post(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return {
            **super().get_context_data(**kwargs),
            **self.base_context(),
            "seats": selectors.seats_for(self.event),
        }

    def form_valid(self, form):
        if self.event.cancelled:
            messages.info(self.request, _("This event was already cancelled."))
        else:
            services.event_cancel(
                event=self.event,
                user=self.request.user,
                reason=form.cleaned_data["reason"],
            )
            messages.success(
                self.request,
                _("The event is cancelled and everyone registered is being told."),
            )
        return redirect(self.attendees_url())
