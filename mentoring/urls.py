from django.urls import path

from mentoring import staff_views, views

app_name = "mentoring"
urlpatterns = [
    path("", views.directory, name="directory"),
    path("<int:pk>/", views.mentor_detail, name="mentor_detail"),
    path("<int:pk>/request/", views.request_create, name="request_create"),
    path("needs/", views.needs_edit, name="needs"),
    path("recommended/", views.recommended, name="recommended"),
    path("become-a-mentor/", views.apply, name="apply"),
    path("my/", views.dashboard, name="dashboard"),
    path("requests/<int:pk>/accept/", views.request_accept_view, name="request_accept"),
    path(
        "requests/<int:pk>/decline/", views.request_decline_view, name="request_decline"
    ),
    path(
        "requests/<int:pk>/withdraw/",
        views.request_withdraw_view,
        name="request_withdraw",
    ),
    path("mentorships/<int:pk>/", views.workspace, name="workspace"),
    path("mentorships/<int:pk>/goals/", views.goal_create, name="goal_create"),
    path(
        "mentorships/<int:pk>/goals/<int:goal_pk>/",
        views.goal_status,
        name="goal_status",
    ),
    path("mentorships/<int:pk>/sessions/", views.session_create, name="session_create"),
    path("mentorships/<int:pk>/messages/", views.message_create, name="message_create"),
    path("mentorships/<int:pk>/end/", views.mentorship_end, name="mentorship_end"),
    # Programme staff
    path("staff/", staff_views.staff_home, name="staff_home"),
    path(
        "staff/mentors/<int:pk>/review/",
        staff_views.mentor_review_view,
        name="staff_review",
    ),
    path("staff/report/", staff_views.report, name="staff_report"),
    path("staff/cohorts/", staff_views.cohort_list, name="cohort_list"),
    path("staff/cohorts/<int:pk>/", staff_views.cohort_detail, name="cohort_detail"),
    path(
        "staff/cohorts/<int:pk>/assign/",
        staff_views.cohort_assign,
        name="cohort_assign",
    ),
    path(
        "staff/cohorts/<int:pk>/confirm/",
        staff_views.cohort_confirm_view,
        name="cohort_confirm",
    ),
]
