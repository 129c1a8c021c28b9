"""The shop bar's basket count, without loading the basket.

Oscar's ``request.basket`` loads every line with its product, images, stock
and seller, then applies offers: eight queries on every shop page for whoever
has something in the basket, to show one number. Pages that use the basket
(basket, checkout) have loaded it already, and then it costs nothing.
"""

from django import template
from django.conf import settings
from django.core.signing import BadSignature, Signer
from django.db.models import Sum
from oscar.core.loading import get_model

register = template.Library()


@register.simple_tag(takes_context=True)
def basket_item_count(context) -> int:
    request = context.get("request")
    if request is None:
        return 0
    loaded = getattr(request, "_basket_cache", None)
    if loaded is not None:
        return loaded.num_items
    Basket = get_model("basket", "Basket")
    Line = get_model("basket", "Line")
    cookie = request.COOKIES.get(settings.OSCAR_BASKET_COOKIE_OPEN)
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        if cookie:
            # Just signed in with a guest basket: Oscar merges it on load.
            return request.basket.num_items
        lines = Line.objects.filter(basket__owner=user, basket__status=Basket.OPEN)
    elif cookie:
        try:
            basket_id = int(Signer().unsign(cookie))
        except (BadSignature, ValueError):
            return 0
        lines = Line.objects.filter(
            basket_id=basket_id, basket__owner=None, basket__status=Basket.OPEN
        )
    else:
        return 0
    return lines.aggregate(items=Sum("quantity"))["items"] or 0
