"""Workspace URLs (relative to my-shop/, namespace "shop"): overview."""

urlpatterns: list = []
