"""Who may use the workspace: sellers (shop.marketplace.sellers), each seeing
only their own shop."""

from functools import wraps

from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect

from shop.marketplace.sellers import shop_of


def seller_required(view):
    """Signed-in members of a shop only; `request.shop` is their one shop.

    Everything a workspace view reads or writes is filtered by `request.shop`,
    so another seller's ids in a URL or a form find nothing (404 or a form
    error), never their data.
    """

    @login_required
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        shop = shop_of(request.user)
        if shop is None:
            return redirect("shop:shop-open")
        request.shop = shop
        return view(request, *args, **kwargs)

    return wrapper


class SellerRequiredMixin:
    """The class-based form of `seller_required`."""

    @classmethod
    def as_view(cls, **initkwargs):
        return seller_required(super().as_view(**initkwargs))
