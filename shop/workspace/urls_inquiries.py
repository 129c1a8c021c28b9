"""Workspace URLs (relative to my-shop/, namespace "shop"): inquiries."""

from django.urls import path

from shop.workspace import inquiries

urlpatterns: list = [
    path("inquiries/", inquiries.inquiry_list, name="ws-inquiries"),
    path("inquiries/<int:pk>/", inquiries.inquiry_detail, name="ws-inquiry"),
]
