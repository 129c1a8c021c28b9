"""Oscar's product bulk actions, with sellers unable to publish unreviewed products.

Oscar resolves dashboard classes through the unforked `dashboard` app, so these
are wired in by our views (and apps.py), not found by get_class.
"""

from decimal import Decimal

from django.db.models import F, Value
from django.db.models.functions import Least
from oscar.apps.dashboard.catalogue import bulk_actions as oscar_actions
from oscar.core.loading import get_model

from shop.dashboard.catalogue.forms import MAX_PRICE, SetProductPriceForm

Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")

MakePublicAction = oscar_actions.MakePublicAction
MakeNonPublicAction = oscar_actions.MakeNonPublicAction
ProductIntermediateAction = oscar_actions.ProductIntermediateAction


class MakeProductsPublicAction(oscar_actions.MakeProductsPublicAction):
    def execute(self, request, objects, form):
        if not request.user.is_staff:
            # Only staff-approved products may become public.
            objects = objects.filter(review_status=Product.Review.APPROVED)
        return super().execute(request, objects, form)


class MakeProductsNonPublicAction(oscar_actions.MakeProductsNonPublicAction):
    pass


class SetProductPriceAction(oscar_actions.SetProductPriceAction):
    form_class = SetProductPriceForm

    def execute(self, request, objects, form):
        response = super().execute(request, objects, form)
        # Increases by amount or percentage may overshoot: cap them.
        StockRecord.objects.filter(product__in=objects, price__gte=MAX_PRICE).update(
            price=Least(F("price"), Value(MAX_PRICE - Decimal("0.01")))
        )
        return response


INTERMEDIATE_ACTIONS = {
    "make_products_public": MakeProductsPublicAction(),
    "make_products_non_public": MakeProductsNonPublicAction(),
    "set_product_price": SetProductPriceAction(),
}
