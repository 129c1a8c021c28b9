from django.urls import path

from courses.views import learning

app_name = "courses"
urlpatterns = [
    path("<int:course_id>/start/", learning.course_enrol, name="enrol"),
    path("<int:course_id>/leave/", learning.course_leave, name="leave"),
    path(
        "lessons/<int:lesson_id>/complete/",
        learning.lesson_mark_complete,
        name="lesson-complete",
    ),
    path("lessons/<int:lesson_id>/pdf/", learning.lesson_pdf, name="lesson-pdf"),
]
