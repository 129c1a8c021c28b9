"""The calendar as iCalendar files; everything else of events is Wagtail
pages (the calendar page routes its month view itself)."""

from django.urls import path

from events import views

app_name = "events"

urlpatterns = [
    path("calendar.ics", views.calendar_ics_view, name="calendar_ics"),
    path("<int:page_id>.ics", views.event_ics_view, name="event_ics"),
]
