"""The public calendar: the list, the month view, the event page's context
and the iCalendar downloads. All are cached for anonymous visitors (tagged
``events:<locale id>``), so nothing here reads who is asking."""

from __future__ import annotations

import calendar as month_calendar
import datetime

from django.core.paginator import Paginator
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.dates import MONTHS, WEEKDAYS, WEEKDAYS_ABBR
from django.utils.text import slugify
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Locale

from events import selectors
from events.calendar import event_ics, events_ics
from events.display import event_times, map_url
from events.forms import CalendarFilterForm
from events.models import EventIndexPage, EventPage, EventTopic
from organisations.models import OrganisationPage
from rumbo import page_cache

PER_PAGE = 20
FIRST_YEAR, LAST_YEAR = 2000, 2100


def _filters(request, locale_id: int):
    organisers = selectors.organisers_for_locale(locale_id)
    form = CalendarFilterForm(
        request.GET or None, organisers=organisers, topics=EventTopic.choices
    )
    values = form.cleaned_or_empty() if form.is_bound else {}
    by_slug = {org.slug: org for org in organisers}
    organiser = by_slug.get(values.get("organiser") or "")
    raw = request.GET.get("organiser", "")
    if organiser is None and raw.isdigit():
        # A link may name the organisation by its page id (its profile does).
        organiser = next((org for org in organisers if str(org.pk) == raw), None)
    filters = selectors.CalendarFilters(
        when="past" if values.get("when") == "past" else "upcoming",
        region=values.get("region") or "",
        town=(values.get("town") or "").replace("\x00", "").strip(),
        format=values.get("format") or "",
        organiser_path=organiser.path if organiser else "",
        topic=values.get("topic") or "",
        language=values.get("language") or "",
    )
    return form, filters, organisers


def _querystring(request, *drop: str) -> str:
    query = request.GET.copy()
    for name in ("page", *drop):
        query.pop(name, None)
    return query.urlencode()


def _is_filtered(filters) -> bool:
    return any(value for name, value in vars(filters).items() if name != "when")


def _cards(events, organisers) -> list:
    events = selectors.with_organisers(events, organisers)
    for event in events:
        event.times = event_times(event)
    return events


def calendar_list(request, index: EventIndexPage):
    form, filters, organisers = _filters(request, index.locale_id)
    events = selectors.calendar_events(locale_id=index.locale_id, filters=filters)
    paginator = Paginator(events, PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("page"))
    today = timezone.localdate()
    return index.render(
        request,
        context_overrides={
            "filter_form": form,
            "events": _cards(page_obj.object_list, organisers),
            "page_obj": page_obj,
            "count": paginator.count,
            "filtered": _is_filtered(filters),
            "past": filters.when == "past",
            "querystring": _querystring(request, "page"),
            "filter_querystring": _querystring(request, "when"),
            "month_url": index.reverse_subpage(
                "month_route", args=(today.year, today.month)
            ),
            "programme_name": selectors.programme_name(),
        },
    )


def _month_shift(year: int, month: int, step: int) -> tuple[int, int] | None:
    index = year * 12 + (month - 1) + step
    year, month = divmod(index, 12)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        return None
    return year, month + 1


def calendar_month(request, index: EventIndexPage, year, month):
    if year is None:
        today = timezone.localdate()
        year, month = today.year, today.month
    if not (FIRST_YEAR <= year <= LAST_YEAR and 1 <= month <= 12):
        raise Http404
    _form, filters, organisers = _filters(request, index.locale_id)
    events = _cards(
        selectors.month_events(
            locale_id=index.locale_id, filters=filters, year=year, month=month
        ),
        organisers,
    )
    by_day: dict[datetime.date, list] = {}
    for event in events:
        by_day.setdefault(event.times.local.start.date(), []).append(event)
    weeks = [
        [
            {"date": day, "in_month": day.month == month, "events": by_day.get(day, [])}
            for day in week
        ]
        for week in month_calendar.Calendar(firstweekday=0).monthdatescalendar(
            year, month
        )
    ]
    query = _querystring(request, "when")
    suffix = f"?{query}" if query else ""

    def month_link(shift):
        target = _month_shift(year, month, shift)
        if target is None:
            return ""
        return index.url + index.reverse_subpage("month_route", args=target) + suffix

    return index.render(
        request,
        template="events/event_month.html",
        context_overrides={
            "year": year,
            "month": month,
            "month_name": MONTHS[month],
            "weekdays": [(WEEKDAYS[d], WEEKDAYS_ABBR[d]) for d in range(7)],
            "weeks": weeks,
            "days_with_events": [
                day for week in weeks for day in week if day["events"]
            ],
            "count": len(events),
            "limited": len(events) >= selectors.MONTH_LIMIT,
            "previous_url": month_link(-1),
            "next_url": month_link(1),
            "querystring": query,
            "programme_name": selectors.programme_name(),
        },
    )


def event_context(request, event: EventPage) -> dict:
    """The event page: its organiser (one query), times and map link."""
    parent = getattr(event, "_cached_parent_obj", None)
    if parent is None or not isinstance(parent, (OrganisationPage, EventIndexPage)):
        parent_path = event.path[: -event.steplen]
        parent = OrganisationPage.objects.filter(path=parent_path).first()
    organiser = parent if isinstance(parent, OrganisationPage) else None
    if organiser is not None:
        # Its name and link are on this page.
        page_cache.public(request, f"page:{organiser.pk}")
    now = timezone.now()
    return {
        "organiser": organiser,
        "programme_name": selectors.programme_name(),
        "times": event_times(event),
        "map_url": map_url(event),
        "language_names": EventPage._meta.get_field("languages").labels(
            event.languages
        ),
        "is_past": event.end < now,
        "registration_closed": bool(
            event.registration_deadline and event.registration_deadline < now
        ),
        "deadline_local": (
            event.registration_deadline.astimezone(event.zone).replace(tzinfo=None)
            if event.registration_deadline
            else None
        ),
        "ics_url": _ics_url(event),
    }


def _ics_url(event) -> str:
    from django.urls import reverse

    if not event.pk:  # a preview of an event not yet saved
        return ""
    return reverse("events:event_ics", kwargs={"page_id": event.pk})


def _ics_response(body: bytes, filename: str) -> HttpResponse:
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def event_ics_view(request, page_id: int):
    """One event as .ics, whatever its language; never its online link."""
    event = get_object_or_404(
        EventPage.objects.live().select_related("locale"), pk=page_id
    )
    if event.get_view_restrictions().exists():
        raise Http404
    page_cache.public(request, f"page:{event.pk}")
    filename = f"{slugify(event.title)[:60] or 'event'}.ics"
    return _ics_response(event_ics(event, request), filename)


def calendar_ics_view(request):
    """The locale's calendar, with the list's filters, as one .ics."""
    locale = Locale.objects.filter(language_code=get_language()).first()
    if locale is None:
        raise Http404
    _form, filters, _organisers = _filters(request, locale.pk)
    page_cache.public(request, f"events:{locale.pk}")
    events = selectors.calendar_events(locale_id=locale.pk, filters=filters)[
        : selectors.ICS_LIMIT
    ]
    body = events_ics(
        events.defer(None),
        request,
        name=_("%(site)s events") % {"site": selectors.programme_name()},
    )
    return _ics_response(body, "calendar.ics")
