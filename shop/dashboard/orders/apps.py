import oscar.apps.dashboard.orders.apps as apps


class OrdersDashboardConfig(apps.OrdersDashboardConfig):
    name = "shop.dashboard.orders"

    def ready(self):
        # get_class("dashboard.orders.views", ...) resolves through the unforked
        # `dashboard` app to Oscar's module, so point at our views directly.
        super().ready()
        from shop.dashboard.orders import views

        self.order_list_view = views.OrderListView
        self.order_detail_view = views.OrderDetailView
        self.shipping_address_view = views.ShippingAddressUpdateView
        self.line_detail_view = views.LineDetailView
        self.order_stats_view = views.OrderStatsView
