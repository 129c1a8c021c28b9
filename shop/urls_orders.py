"""Buyers' and sellers' order pages of the marketplace (namespace "shop")."""

from django.urls import path

from shop.order import views

urlpatterns: list = [
    path("seller/statement/", views.statement, name="statement"),
]
