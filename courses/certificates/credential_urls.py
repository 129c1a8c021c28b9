from django.urls import path

from courses.certificates import credential_views

app_name = "credentials"
urlpatterns = [
    path("<str:code>.json", credential_views.credential, name="detail"),
    path("<str:code>.jwt", credential_views.credential_signed, name="signed"),
    path("<str:code>.png", credential_views.share_image, name="image"),
    path("status/<int:number>.jwt", credential_views.status_list, name="status"),
]
