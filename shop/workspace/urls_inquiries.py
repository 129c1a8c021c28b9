"""Workspace URLs (relative to my-shop/, namespace "shop"): inquiries."""

urlpatterns: list = []
