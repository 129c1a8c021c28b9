"""Sellers' pages under /<lang>/shop/ (namespace "shop")."""

from django.urls import include, path

from shop.sellers import views

urlpatterns = [
    path("sellers/", views.sellers, name="sellers"),
    path("sellers/<str:slug>/", views.storefront, name="storefront"),
    # The sellers' workspace: overview, settings, products, orders, questions.
    path("my-shop/", include("shop.workspace.urls")),
    path(
        "inquiries/new/<int:product_pk>/",
        views.inquiry_create,
        name="inquiry-create",
    ),
    path("inquiries/<str:token>/", views.inquiry, name="inquiry"),
]
