from django.urls import path

from courses.certificates import credential_views

app_name = "well_known"
urlpatterns = [
    path("did.json", credential_views.did_document, name="did"),
    path("jwks.json", credential_views.jwks, name="jwks"),
]
