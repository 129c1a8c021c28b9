"""Workspace URLs (relative to my-shop/, namespace "shop"): orders."""

urlpatterns: list = []
