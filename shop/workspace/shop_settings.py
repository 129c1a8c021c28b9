"""Opening a shop, and the workspace pages that set it up: what buyers see,
shipping and holiday mode, trader details and the team."""

import copy

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from rumbo.forms import add_errors
from shop.sellers import services
from shop.sellers.forms import (
    SHOP_STEPS,
    MemberAddForm,
    ShopAboutForm,
    ShopSettingsForm,
    TraderForm,
    language_names,
)
from shop.workspace.access import seller_required

STEP_ORDER = list(SHOP_STEPS)


@login_required
def shop_open(request):
    """Step 1 of 3: creates the shop; steps 2 and 3 edit it."""
    if services.shop_of(request.user) is not None:
        messages.info(request, _("You already have a shop. Each person can run one."))
        return redirect("shop:my-shop")
    form = ShopAboutForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        data = {name: form.cleaned_data[name] for name in form.Meta.fields}
        try:
            services.shop_open(user=request.user, data=data)
        except ValidationError as exc:
            messages.error(request, exc.messages[0])
            return redirect("shop:my-shop")
        return redirect(reverse("shop:shop-edit", args=["place"]) + "?opening=1")
    return render(
        request,
        "shop/sellers/shop_step.html",
        {"form": form, "step": 1, "steps": 3, "title": SHOP_STEPS["about"][1]},
    )


@seller_required
def shop_edit(request, step):
    """One part of what buyers see of the shop; steps 2 and 3 of opening it."""
    if step not in SHOP_STEPS:
        raise Http404
    partner = request.shop
    form_class, title = SHOP_STEPS[step]
    opening = request.GET.get("opening") == "1"
    # A copy: a form that fails validation must not change request.shop.
    form = form_class(
        request.POST or None, request.FILES or None, instance=copy.copy(partner)
    )
    if request.method == "POST" and form.is_valid():
        data = {name: form.cleaned_data[name] for name in form.Meta.fields}
        try:
            services.shop_update(partner=partner, by=request.user, data=data)
        except ValidationError as exc:
            add_errors(form, exc)
        else:
            index = STEP_ORDER.index(step)
            if opening and index + 1 < len(STEP_ORDER):
                return redirect(
                    reverse("shop:shop-edit", args=[STEP_ORDER[index + 1]])
                    + "?opening=1"
                )
            if opening:
                messages.success(
                    request,
                    _(
                        "Your shop is open. Give your trader details so it can "
                        "start selling, then add your products."
                    ),
                )
                return redirect("shop:my-shop")
            messages.success(request, _("Saved."))
            return redirect("shop:ws-settings")
    context = {"form": form, "shop": partner, "title": title, "steps": 3}
    if opening:
        context["step"] = STEP_ORDER.index(step) + 1
        return render(request, "shop/sellers/shop_step.html", context)
    context["ws_section"] = "settings"
    return render(request, "shop/workspace/settings/profile.html", context)


@seller_required
def shop_settings(request):
    """Shipping rate, free-shipping threshold and holiday mode; and links to
    what buyers see of the shop."""
    partner = request.shop
    form = ShopSettingsForm(request.POST or None, instance=copy.copy(partner))
    if request.method == "POST" and form.is_valid():
        try:
            services.shop_settings_update(
                partner=partner,
                by=request.user,
                data={name: form.cleaned_data[name] for name in form.Meta.fields},
            )
        except ValidationError as exc:
            add_errors(form, exc)
        else:
            if form.cleaned_data["on_holiday"] and not partner.on_holiday:
                messages.success(
                    request,
                    _(
                        "Saved. Your shop is on holiday: nobody can buy until you "
                        "turn it off."
                    ),
                )
            else:
                messages.success(request, _("Saved."))
            return redirect("shop:ws-settings")
    return render(
        request,
        "shop/workspace/settings/settings.html",
        {
            "ws_section": "settings",
            "shop": partner,
            "form": form,
            "languages": language_names(partner.languages),
        },
    )


@seller_required
def trader(request):
    partner = request.shop
    form = TraderForm(request.POST or None, instance=copy.copy(partner))
    if request.method == "POST" and form.is_valid():
        try:
            services.trader_submit(
                partner=partner, by=request.user, data=form.cleaned_data
            )
        except ValidationError as exc:
            add_errors(form, exc)
        else:
            messages.success(
                request,
                _("Thank you. The staff will review your details and email you."),
            )
            return redirect("shop:my-shop")
    return render(
        request,
        "shop/workspace/settings/trader.html",
        {"ws_section": "trader", "form": form, "shop": partner},
    )


@seller_required
def team(request):
    partner = request.shop
    form = MemberAddForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            user = services.member_add(
                partner=partner, by=request.user, email=form.cleaned_data["email"]
            )
        except ValidationError as exc:
            form.add_error("email", exc.messages[0])
        else:
            messages.success(
                request,
                _("%(name)s can now manage your shop.") % {"name": user.public_name},
            )
            return redirect("shop:team")
    return render(
        request,
        "shop/workspace/settings/team.html",
        {
            "ws_section": "team",
            "form": form,
            "shop": partner,
            "members": partner.users.order_by("email"),
        },
    )


@seller_required
@require_POST
def team_remove(request, user_id):
    try:
        services.member_remove(partner=request.shop, by=request.user, user_id=user_id)
    except ValidationError as exc:
        messages.error(request, exc.messages[0])
    except PermissionDenied:
        raise Http404 from None
    else:
        messages.success(request, _("Removed from your shop."))
        if user_id == request.user.pk:
            return redirect("shop:sellers")
    return redirect("shop:team")
