from django.urls import path

from courses.exams import views

app_name = "exams"
urlpatterns = [
    path("<int:course_id>/exam/", views.exam_overview, name="overview"),
    path("<int:course_id>/exam/start/", views.exam_start, name="start"),
    path("exam/attempts/<int:pk>/", views.attempt_take, name="attempt"),
    path("exam/attempts/<int:pk>/result/", views.attempt_result, name="result"),
]
