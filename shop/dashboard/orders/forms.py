"""Oscar's order dashboard forms, with statuses in the reader's language."""

from oscar.apps.dashboard.orders import forms as oscar_forms
from oscar.core.loading import get_model

from shop.order.status import status_label

Order = get_model("order", "Order")


class OrderSearchForm(oscar_forms.OrderSearchForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [
            ("", "---------"),
            *((status, status_label(status)) for status in Order.all_statuses()),
        ]


class OrderStatusForm(oscar_forms.OrderStatusForm):
    def __init__(self, order, *args, **kwargs):
        super().__init__(order, *args, **kwargs)
        self.fields["new_status"].choices = [
            (status, status_label(status)) for status in order.available_statuses()
        ]
