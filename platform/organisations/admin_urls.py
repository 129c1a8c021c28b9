"""The staff's screens in the Wagtail admin, under /cms/organisations/editors/."""

from django.urls import path

from organisations import admin_views

app_name = "organisations_admin"

urlpatterns = [
    path("", admin_views.editors_index, name="index"),
    path("<int:page_id>/invite/", admin_views.invite, name="invite"),
    path(
        "<int:page_id>/remove/<int:user_id>/",
        admin_views.editor_remove_view,
        name="remove",
    ),
    path(
        "invitations/<int:pk>/revoke/",
        admin_views.invitation_revoke_view,
        name="revoke",
    ),
]
