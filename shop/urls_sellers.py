"""Sellers' pages under /<lang>/shop/ (namespace "shop")."""

from django.urls import include, path

from shop.sellers import views

urlpatterns = [
    path("sellers/", views.sellers, name="sellers"),
    path("sellers/<str:slug>/", views.storefront, name="storefront"),
    path("my-shop/", views.my_shop, name="my-shop"),
    # The sellers' workspace: products, orders, inquiries, figures.
    path("my-shop/", include("shop.workspace.urls")),
    path("my-shop/open/", views.shop_open, name="shop-open"),
    path("my-shop/edit/<slug:step>/", views.shop_edit, name="shop-edit"),
    path("my-shop/trader/", views.trader, name="trader"),
    path("my-shop/team/", views.team, name="team"),
    path("my-shop/team/<int:user_id>/remove/", views.team_remove, name="team-remove"),
    path(
        "inquiries/new/<int:product_pk>/",
        views.inquiry_create,
        name="inquiry-create",
    ),
    path("inquiries/<str:token>/", views.inquiry, name="inquiry"),
]
