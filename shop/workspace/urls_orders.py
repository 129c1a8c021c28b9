"""Workspace URLs (relative to my-shop/, namespace "shop"): orders, statement."""

from django.urls import path

from shop.workspace import orders, statement

urlpatterns: list = [
    path("orders/", orders.order_list, name="ws-orders"),
    path("orders/<str:number>/", orders.order_detail, name="ws-order"),
    path("orders/<str:number>/items/", orders.order_lines, name="ws-order-lines"),
    path(
        "orders/<str:number>/tracking/",
        orders.order_tracking,
        name="ws-order-tracking",
    ),
    path(
        "orders/<str:number>/packing-slip.pdf",
        orders.order_packing_slip,
        name="ws-order-packing-slip",
    ),
    path("statement/", statement.statement, name="ws-statement"),
]
