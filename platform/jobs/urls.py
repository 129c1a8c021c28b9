from django.urls import path

from jobs import views

app_name = "jobs"

urlpatterns = [
    path("", views.OfferListView.as_view(), name="list"),
    path("new/", views.OfferCreateView.as_view(), name="create"),
    path("mine/", views.MyOffersView.as_view(), name="mine"),
    path("mine/<int:pk>/", views.OfferApplicantsView.as_view(), name="applicants"),
    path("applications/", views.MyApplicationsView.as_view(), name="applications"),
    path("applications/<int:pk>/", views.ApplicationView.as_view(), name="application"),
    path(
        "applications/<int:pk>/message/",
        views.ApplicationMessageView.as_view(),
        name="application-message",
    ),
    path(
        "applications/<int:pk>/status/",
        views.ApplicationStatusView.as_view(),
        name="application-status",
    ),
    path("applications/<int:pk>/cv/", views.CvDownloadView.as_view(), name="cv"),
    path("<int:pk>/", views.offer_redirect, name="offer"),
    path("<int:pk>/apply/", views.ApplyView.as_view(), name="apply"),
    path("<int:pk>/edit/", views.OfferEditView.as_view(), name="edit"),
    path("<int:pk>/withdraw/", views.OfferWithdrawView.as_view(), name="withdraw"),
    path("<int:pk>/<slug:slug>/", views.OfferDetailView.as_view(), name="detail"),
]
