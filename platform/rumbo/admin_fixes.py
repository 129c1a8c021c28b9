"""Oscar's registrations in the Django admin, mended where they break here.

- Oscar's admins (addresses, analytics, emails, alerts, orders, wish lists)
  search ``user__username``; Rumbo's user logs in by email and has no username,
  so typing in their search box answered 500 (FieldError). Those entries are
  dropped: each admin searches ``user__email`` already.
- Oscar's offer benefit and condition admins save one with neither a type nor
  a custom class, then crash naming it. Their forms now refuse that.
- Oscar's voucher application admin shows its required fields read-only, so
  adding one could only fail (IntegrityError): such admins offer no "add".
- Oscar's user address checks its uniqueness before anyone checked that a
  user was chosen.
"""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _
from oscar.core.loading import get_model


def search_fields_without_username(site) -> None:
    user_model = get_user_model()
    if any(f.name == "username" for f in user_model._meta.get_fields()):
        return
    for model_admin in site._registry.values():
        fields = tuple(getattr(model_admin, "search_fields", ()) or ())
        kept = tuple(
            name
            for name in fields
            if name != "username" and not name.endswith("__username")
        )
        if kept != fields:
            model_admin.search_fields = kept


class ProxiedOfferPartForm(forms.ModelForm):
    """A benefit or condition must say what it is: a type, or a class that loads."""

    def _post_clean(self):
        super()._post_clean()
        try:
            self.instance.proxy()
        except Exception:  # noqa: BLE001  (Oscar raises several kinds here)
            self.add_error(
                None,
                _("Choose a type, or the dotted path of a class that exists."),
            )


def offer_parts_must_have_a_type(site) -> None:
    for name in ("Benefit", "Condition"):
        model_admin = site._registry.get(get_model("offer", name))
        if model_admin is not None:
            model_admin.form = ProxiedOfferPartForm


class UserAddressAdminForm(forms.ModelForm):
    """Oscar's address checks its uniqueness per user even when no user was
    chosen (RelatedObjectDoesNotExist); the missing user's own error says it."""

    def validate_unique(self):
        if self.instance.user_id is not None:
            super().validate_unique()


def user_address_needs_its_user_first(site) -> None:
    model_admin = site._registry.get(get_model("address", "UserAddress"))
    if model_admin is not None:
        model_admin.form = UserAddressAdminForm


def _no_add(request):
    return False


def records_with_read_only_required_fields_are_not_added(site) -> None:
    """An admin whose form cannot fill a required field (it is read-only there,
    like a voucher application's order) can only fail to add: it does not offer to."""
    for model, model_admin in site._registry.items():
        readonly = set(getattr(model_admin, "readonly_fields", ()) or ())
        required = {
            f.name
            for f in model._meta.concrete_fields
            if not f.null and not f.has_default() and not f.auto_created
        }
        if readonly & required:
            model_admin.has_add_permission = _no_add


def admin_fixes_apply(site) -> None:
    search_fields_without_username(site)
    offer_parts_must_have_a_type(site)
    records_with_read_only_required_fields_are_not_added(site)
    user_address_needs_its_user_first(site)
