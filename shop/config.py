"""Oscar's URL configuration, plus the marketplace's own pages (storefronts, ...)."""

from django.urls import include, path
from oscar import config


class Shop(config.Shop):
    def get_urls(self):
        return [path("", include("shop.urls")), *super().get_urls()]
