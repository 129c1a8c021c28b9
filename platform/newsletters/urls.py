from django.urls import path

from newsletters import views

app_name = "newsletters"
urlpatterns = [
    path("subscribe/", views.subscribe, name="subscribe"),
    path("subscribe/sent/", views.subscribe_sent, name="subscribe_sent"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path(
        "unsubscribe/<str:token>/one-click/",
        views.unsubscribe_one_click,
        name="unsubscribe_one_click",
    ),
    path("preferences/", views.preferences, name="preferences"),
    path("archive/", views.archive, name="archive"),
    path("archive/<int:pk>/", views.archive_detail, name="archive_detail"),
]
