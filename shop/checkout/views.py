"""Checkout with shipping per seller (shop.marketplace) and offline payment methods.

Oscar loads these classes by name (get_class); the rest of its checkout views
are used unchanged.
"""

from django import forms
from django.contrib import messages
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.views import generic
from oscar.apps.checkout import views
from oscar.apps.checkout.exceptions import FailedPreCondition
from oscar.core.loading import get_class

from shop.checkout.forms import UserAddressForm
from shop.checkout.gateway import IndexView as IndexView  # Oscar loads it by name
from shop.checkout.payment import payment_method, payment_methods
from shop.marketplace.split import basket_seller_groups
from shop.order.services import order_placed_notify

UnableToPlaceOrder = get_class("order.exceptions", "UnableToPlaceOrder")

PAYMENT_NAMESPACE = "payment"


def _basket_groups(view, basket):
    """The basket's lines by seller, with the chosen method's shipping."""
    address = view.get_shipping_address(basket)
    return basket_seller_groups(basket, view.get_shipping_method(basket, address))


class ShippingAddressView(views.ShippingAddressView):
    def get_available_addresses(self):
        # Each address shows its country: read with it, not one query each.
        return super().get_available_addresses().select_related("country")


class ShippingMethodView(views.ShippingMethodView):
    """Shows each seller's shipping even when there is a single method."""

    def get(self, request, *args, **kwargs):
        if (
            request.basket.is_shipping_required()
            and self.checkout_session.is_shipping_address_set()
        ):
            self._methods = self.get_available_shipping_methods()
            if self._methods:
                return generic.FormView.get(self, request, *args, **kwargs)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        breakdowns = []
        for method in self._methods:
            inner = getattr(method, "method", method)
            if hasattr(inner, "breakdown"):
                breakdowns.append((method, inner.breakdown(self.request.basket)))
        ctx["breakdowns"] = breakdowns
        return ctx


class PaymentMethodForm(forms.Form):
    method = forms.ChoiceField(label=_("How will you pay?"), widget=forms.RadioSelect)

    def __init__(self, *args, methods, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["method"].choices = [(m.code, m.name) for m in methods]
        if len(methods) == 1:
            self.fields["method"].initial = methods[0].code


class PaymentMethodView(views.PaymentMethodView, generic.FormView):
    """The buyer picks one of the offered payment methods."""

    template_name = "oscar/checkout/payment_method.html"
    form_class = PaymentMethodForm

    def get(self, request, *args, **kwargs):
        return generic.FormView.get(self, request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        return generic.FormView.post(self, request, *args, **kwargs)

    def available_methods(self):
        return [m for m in payment_methods() if m.is_available(self.request.basket)]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "methods": self.available_methods()}

    def get_initial(self):
        chosen = self.checkout_session._get(PAYMENT_NAMESPACE, "method")
        return {"method": chosen} if chosen else {}

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["methods"] = self.available_methods()
        ctx["seller_groups"] = _basket_groups(self, self.request.basket)
        return ctx

    def form_valid(self, form):
        self.checkout_session._set(
            PAYMENT_NAMESPACE, "method", form.cleaned_data["method"]
        )
        return redirect("checkout:preview")


class PaymentDetailsView(views.PaymentDetailsView):
    """Preview and place the order; payment is one of the offline methods."""

    def get(self, request, *args, **kwargs):
        if not self.preview:
            # Nothing to enter: the method was chosen on the previous step.
            return redirect("checkout:preview")
        return super().get(request, *args, **kwargs)

    def chosen_payment_method(self):
        code = self.checkout_session._get(PAYMENT_NAMESPACE, "method")
        method = payment_method(code)
        if method is None or not method.is_available(self.request.basket):
            return None
        return method

    def check_payment_data_is_captured(self, request):
        if self.chosen_payment_method() is None and self._payment_is_required():
            raise FailedPreCondition(
                url=reverse("checkout:payment-method"),
                message=_("Please choose how you will pay"),
            )

    def _payment_is_required(self) -> bool:
        from oscar.apps.checkout.exceptions import PassedSkipCondition

        try:
            self.skip_unless_payment_is_required(self.request)
        except PassedSkipCondition:
            return False
        return True

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        ctx["seller_groups"] = _basket_groups(self, self.request.basket)
        ctx["payment_method"] = self.chosen_payment_method()
        return ctx

    def handle_payment(self, order_number, total, **kwargs):
        if not total.incl_tax:
            return
        method = self.chosen_payment_method()
        if method is None:
            from oscar.apps.payment.exceptions import UnableToTakePayment

            raise UnableToTakePayment(_("Please choose how you will pay"))
        method.handle_payment(self, order_number, total)

    def handle_order_placement(
        self,
        order_number,
        user,
        basket,
        shipping_address,
        shipping_method,
        shipping_charge,
        billing_address,
        order_total,
        surcharges=None,
        **kwargs,
    ):
        # Addresses, order, payment source and the basket's submission are
        # written together or not at all.
        try:
            with transaction.atomic():
                order = self.place_order(
                    order_number=order_number,
                    user=user,
                    basket=basket,
                    shipping_address=shipping_address,
                    shipping_method=shipping_method,
                    shipping_charge=shipping_charge,
                    order_total=order_total,
                    billing_address=billing_address,
                    surcharges=surcharges,
                    **kwargs,
                )
                basket.submit()
        except UnableToPlaceOrder as exc:
            self.restore_frozen_basket()
            messages.error(self.request, str(exc))
            return redirect("basket:summary")
        return self.handle_successful_order(order)

    def send_order_placed_email(self, order):
        # Instead of Oscar's synchronous email: Celery tasks after commit.
        order_placed_notify(order=order, language=translation.get_language())


class UserAddressUpdateView(views.UserAddressUpdateView):
    """Editing an address-book entry at checkout: countries in the page's
    language and postcodes checked as for a new address."""

    form_class = UserAddressForm
