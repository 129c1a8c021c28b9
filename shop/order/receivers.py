"""Oscar's order_placed analytics, counted in a fixed number of queries.

Oscar's `oscar.apps.analytics.receivers.receive_order_placed` runs one UPDATE
(or INSERT) on ProductRecord per order line. OrderConfig.ready() swaps it for
this receiver, which records the same counts in two statements.
"""

from collections import Counter

from django.db.models import Case, F, IntegerField, Value, When
from oscar.core.loading import get_model


def order_placed_record_analytics(sender, order, user, **kwargs) -> None:
    """Add each product's units to its purchase count, and the order to the
    buyer's record (Oscar's own function: one row per buyer)."""
    from oscar.apps.analytics.receivers import _record_user_order

    if kwargs.get("raw", False):
        return
    ProductRecord = get_model("analytics", "ProductRecord")
    units = Counter()
    for product_id, quantity in order.lines.values_list("product_id", "quantity"):
        if product_id is not None:
            units[product_id] += quantity
    if units:
        # Rows first (a concurrent order may create the same one: ignored),
        # then one UPDATE adds to whatever count each row has by then.
        # In product order, so two orders creating rows lock them alike.
        ProductRecord._default_manager.bulk_create(
            [ProductRecord(product_id=product_id) for product_id in sorted(units)],
            ignore_conflicts=True,
        )
        ProductRecord._default_manager.filter(product_id__in=units).update(
            num_purchases=F("num_purchases")
            + Case(
                *(When(product_id=pk, then=Value(n)) for pk, n in units.items()),
                output_field=IntegerField(),
            )
        )
    if user and user.is_authenticated:
        _record_user_order(user, order)
