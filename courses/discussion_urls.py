"""A course's questions and answers, under /<lang>/learn/."""

from django.urls import path

from courses.views import discussion as views

app_name = "discussion"
urlpatterns = [
    path("<int:course_id>/questions/", views.question_list, name="question_list"),
    path("questions/<int:pk>/", views.question_detail, name="question_detail"),
    path("questions/<int:pk>/hide/", views.question_hide_view, name="question_hide"),
    path("answers/<int:pk>/accept/", views.answer_accept_view, name="answer_accept"),
    path("answers/<int:pk>/hide/", views.answer_hide_view, name="answer_hide"),
]
