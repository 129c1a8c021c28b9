import oscar.apps.dashboard.catalogue.apps as apps
from django.urls import path


class CatalogueDashboardConfig(apps.CatalogueDashboardConfig):
    name = "shop.dashboard.catalogue"

    def get_urls(self):
        from shop.sellers import staff_views

        # Not in permissions_map, so default_permissions (is_staff) apply.
        urls = [
            path(
                "sellers/",
                staff_views.seller_review_list,
                name="seller-review-list",
            ),
            path(
                "sellers/<int:pk>/",
                staff_views.seller_review,
                name="seller-review",
            ),
        ]
        return self.post_process_urls(urls) + super().get_urls()
