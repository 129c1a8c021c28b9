from django.urls import path

from events.registrations import views

app_name = "registrations"
urlpatterns = [
    path("", views.MyEventsView.as_view(), name="mine"),
    path(
        "event/<int:page_id>/",
        views.EventRegistrationView.as_view(),
        name="event",
    ),
    path(
        "event/<int:page_id>/attendees/",
        views.AttendeesView.as_view(),
        name="attendees",
    ),
    path(
        "event/<int:page_id>/attendees.csv",
        views.AttendeesCsvView.as_view(),
        name="attendees_csv",
    ),
    path(
        "event/<int:page_id>/message/",
        views.RegistrantsMessageView.as_view(),
        name="message",
    ),
    path(
        "event/<int:page_id>/cancel/",
        views.EventCancelView.as_view(),
        name="cancel_event",
    ),
]
