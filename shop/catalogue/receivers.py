"""Product views counted for the dashboard's reports, per product only.

Oscar's analytics receiver also counts each signed-in person's views and keeps
a row per person and product viewed: three writes on every product page, and
a record of who looked at what that Rumbo neither shows nor needs.
"""

from oscar.apps.analytics.receivers import _update_counter
from oscar.core.loading import get_model


def product_view_count(sender, product, user, **kwargs) -> None:
    if kwargs.get("raw", False):
        return
    ProductRecord = get_model("analytics", "ProductRecord")
    _update_counter(ProductRecord, "num_views", {"product": product})
