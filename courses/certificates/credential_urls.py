from django.urls import path

from courses.certificates import views

app_name = "credentials"
urlpatterns = [
    path("<str:code>.json", views.credential, name="detail"),
]
