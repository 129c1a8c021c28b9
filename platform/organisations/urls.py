from django.urls import path

from organisations.views import InvitationView

app_name = "organisations"

urlpatterns = [
    path("invitations/<str:token>/", InvitationView.as_view(), name="invitation"),
]
