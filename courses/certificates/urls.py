from django.urls import path

from courses.certificates import views

app_name = "certificates"
urlpatterns = [
    path("<str:code>/", views.verify, name="verify"),
    path("<str:code>/pdf/", views.pdf, name="pdf"),
    path("<str:code>/name/", views.rename, name="rename"),
]
