from django.urls import path
from django.views.generic import TemplateView

app_name = "mentoring"
urlpatterns = [
    # Placeholder until the directory lands.
    path("", TemplateView.as_view(template_name="home/standard_page.html"), name="directory"),
]
