import oscar.apps.order.apps as apps
from django.apps import apps as django_apps


class OrderConfig(apps.OrderConfig):
    name = "shop.order"

    def ready(self):
        super().ready()
        if django_apps.is_installed("oscar.apps.analytics"):
            from oscar.apps.analytics.receivers import receive_order_placed
            from oscar.apps.order.signals import order_placed

            from shop.order.receivers import order_placed_record_analytics

            # Oscar's receiver writes one row per order line; ours writes the
            # same counts in two statements. Swapped only while Oscar's is the
            # one connected (a forked analytics app keeps its own).
            if order_placed.disconnect(receive_order_placed):
                order_placed.connect(
                    order_placed_record_analytics,
                    dispatch_uid="shop.order.record_analytics",
                )
