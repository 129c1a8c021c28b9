"""The first checkout step: sign in through allauth, or continue as a guest.

Oscar's gateway also takes a password ("I am a returning customer") and logs
the buyer in with ``authenticate()`` itself, skipping allauth's email
verification and rate limits. Here it takes no password: signing in is a link
to allauth's log-in that comes back to the checkout, and guests give only
their email. An email that belongs to an account is accepted for a guest
order too, so the form never tells anyone whether an address is registered.
"""

from urllib.parse import urlencode

from django import forms
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from oscar.apps.checkout import signals
from oscar.apps.checkout import views as oscar_views
from oscar.apps.customer.utils import normalise_email


class GatewayForm(forms.Form):
    """A guest's email address; nothing else."""

    GUEST = "anonymous"

    username = forms.EmailField(
        label=_("Your email address"),
        max_length=254,
        help_text=_("We send your order confirmation and its status link here."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )

    def clean_username(self) -> str:
        return normalise_email(self.cleaned_data["username"])

    # Oscar's IndexView asks these.
    def is_guest_checkout(self) -> bool:
        return True

    def is_new_account_checkout(self) -> bool:
        return False


class IndexView(oscar_views.IndexView):
    """Signed-in buyers go straight on; others sign in (allauth) or give an email."""

    form_class = GatewayForm

    def get_context_data(self, **kwargs):
        ctx = super().get_context_data(**kwargs)
        back = reverse("checkout:index")
        ctx["login_url"] = f"{reverse('account_login')}?{urlencode({'next': back})}"
        return ctx

    def form_valid(self, form):
        email = form.cleaned_data["username"]
        self.checkout_session.set_guest_email(email)
        signals.start_checkout.send_robust(
            sender=self, request=self.request, email=email
        )
        return self.get_success_response()
