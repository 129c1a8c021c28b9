"""Workspace URLs (relative to my-shop/, namespace "shop"): overview, opening a
shop, its settings, trader details and team."""

from django.urls import path

from shop.workspace import overview, shop_settings

urlpatterns: list = [
    path("", overview.overview, name="my-shop"),
    path("open/", shop_settings.shop_open, name="shop-open"),
    path("edit/<slug:step>/", shop_settings.shop_edit, name="shop-edit"),
    path("settings/", shop_settings.shop_settings, name="ws-settings"),
    path("trader/", shop_settings.trader, name="trader"),
    path("team/", shop_settings.team, name="team"),
    path("team/<int:user_id>/remove/", shop_settings.team_remove, name="team-remove"),
]
