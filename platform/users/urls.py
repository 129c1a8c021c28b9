from django.urls import path

from users import views

urlpatterns = [
    path("", views.AccountHomeView.as_view(), name="account_home"),
    path("profile/", views.ProfileUpdateView.as_view(), name="account_profile"),
    path("data/", views.DataExportView.as_view(), name="account_data_export"),
    path("delete/", views.AccountDeleteView.as_view(), name="account_delete"),
]
