"""The basket page, split by seller (shop.marketplace.split); Oscar loads
this with get_class."""

from oscar.apps.basket import views

from shop.marketplace.split import basket_seller_groups


class BasketView(views.BasketView):
    """Each seller's lines with their shipping and free-shipping progress,
    so the buyer sees what each parcel costs before checking out."""

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        basket = self.request.basket
        groups = basket_seller_groups(basket, ctx.get("shipping_method"))
        # The formset iterates the same cached lines the groups hold.
        forms = {form.instance.pk: form for form in ctx["formset"]}
        for group in groups:
            group.forms = [forms[line.pk] for line in group.lines if line.pk in forms]
        ctx["seller_groups"] = groups
        return ctx
