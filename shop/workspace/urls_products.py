"""Workspace URLs (relative to my-shop/, namespace "shop"): products."""

urlpatterns: list = []
