"""Workspace URLs (relative to my-shop/, namespace "shop"): products."""

from django.urls import path

from shop.workspace import products

urlpatterns = [
    path("products/", products.product_list, name="ws-products"),
    path("products/new/", products.product_create, name="ws-product-create"),
    path("products/<int:pk>/", products.product_edit, name="ws-product-edit"),
    path(
        "products/<int:pk>/visibility/",
        products.product_visibility,
        name="ws-product-visibility",
    ),
    path(
        "products/<int:pk>/duplicate/",
        products.product_duplicate,
        name="ws-product-duplicate",
    ),
    path(
        "products/<int:pk>/delete/",
        products.product_delete,
        name="ws-product-delete",
    ),
    path(
        "products/<int:pk>/photos/<int:image_pk>/move/",
        products.product_image_move,
        name="ws-product-image-move",
    ),
    path(
        "products/<int:pk>/photos/<int:image_pk>/delete/",
        products.product_image_delete,
        name="ws-product-image-delete",
    ),
]
