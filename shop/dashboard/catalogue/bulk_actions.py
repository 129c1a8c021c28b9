"""Oscar's product bulk actions; set-price increases never pass the price cap.

Oscar's ProductBulkActionMixin loads these with get_class (the dashboard app is
forked), so only the changed action is defined here.
"""

from decimal import Decimal

from django.db.models import F, Value
from django.db.models.functions import Least
from oscar.apps.dashboard.catalogue import bulk_actions as oscar_actions
from oscar.core.loading import get_model

from shop.dashboard.catalogue.forms import MAX_PRICE

StockRecord = get_model("partner", "StockRecord")


class SetProductPriceAction(oscar_actions.SetProductPriceAction):
    def execute(self, request, objects, form):
        response = super().execute(request, objects, form)
        # Increases by amount or percentage may overshoot: cap them.
        StockRecord.objects.filter(product__in=objects, price__gte=MAX_PRICE).update(
            price=Least(F("price"), Value(MAX_PRICE - Decimal("0.01")))
        )
        return response
