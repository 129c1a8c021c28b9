"""Pages of sellers: open and run a shop, storefronts, directory, inquiries."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from oscar.core.loading import get_model

from shop.models import Inquiry, InquiryReply
from shop.sellers import inquiries, selectors, services
from shop.sellers.forms import (
    SHOP_STEPS,
    InquiryForm,
    MemberAddForm,
    ReplyForm,
    ShopAboutForm,
    TraderForm,
    language_names,
)

Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")

STOREFRONT_PAGE_SIZE = 24
DIRECTORY_PAGE_SIZE = 24
STEP_ORDER = list(SHOP_STEPS)


def sellers(request):
    """The directory of shops that can sell."""
    region = request.GET.get("region", "")
    shops = selectors.sellers_public()
    if region in Partner.Region.values:
        shops = shops.filter(region=region)
    page = Paginator(shops, DIRECTORY_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "shop/sellers/directory.html",
        {
            "page_obj": page,
            "shops": page.object_list,
            "regions": Partner.Region.choices,
            "region": region,
            "query": f"region={region}" if region else "",
        },
    )


def storefront(request, slug):
    partner = get_object_or_404(Partner, code=slug)
    if not selectors.storefront_visible(partner=partner, user=request.user):
        raise Http404
    products = selectors.partner_products(partner=partner)
    page = Paginator(products, STOREFRONT_PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "shop/sellers/storefront.html",
        {
            "shop": partner,
            "languages": language_names(partner.languages),
            "certificates": selectors.partner_certificates(partner=partner),
            "page_obj": page,
            "products": page.object_list,
            "is_member": services.is_member(user=request.user, partner=partner),
        },
    )


@login_required
def my_shop(request):
    partner = services.shop_of(request.user)
    if partner is None:
        return render(request, "shop/sellers/no_shop.html")
    recent = Inquiry.objects.filter(partner=partner).order_by("-created_at")[:20]
    return render(
        request,
        "shop/sellers/my_shop.html",
        {
            "shop": partner,
            "languages": language_names(partner.languages),
            "inquiries": recent,
            "members": partner.users.order_by("email"),
            "pending_products": Product.objects.filter(
                stockrecords__partner=partner,
                review_status=Product.Review.PENDING,
            )
            .distinct()
            .count(),
        },
    )


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


@login_required
def shop_edit(request, step):
    if step not in SHOP_STEPS:
        raise Http404
    partner = services.shop_of(request.user)
    if partner is None:
        return redirect("shop:shop-open")
    form_class, title = SHOP_STEPS[step]
    opening = request.GET.get("opening") == "1"
    form = form_class(request.POST or None, request.FILES or None, instance=partner)
    if request.method == "POST" and form.is_valid():
        form.save()
        index = STEP_ORDER.index(step)
        if opening and index + 1 < len(STEP_ORDER):
            return redirect(
                reverse("shop:shop-edit", args=[STEP_ORDER[index + 1]]) + "?opening=1"
            )
        if opening:
            messages.success(
                request,
                _(
                    "Your shop is open. Give your trader details so it can start "
                    "selling, then add your products."
                ),
            )
        else:
            messages.success(request, _("Saved."))
        return redirect("shop:my-shop")
    return render(
        request,
        "shop/sellers/shop_step.html",
        {
            "form": form,
            "shop": partner,
            "step": STEP_ORDER.index(step) + 1 if opening else None,
            "steps": 3,
            "title": title,
        },
    )


@login_required
def trader(request):
    partner = services.shop_of(request.user)
    if partner is None:
        return redirect("shop:shop-open")
    form = TraderForm(request.POST or None, instance=partner)
    if request.method == "POST" and form.is_valid():
        services.trader_submit(partner=partner, by=request.user, data=form.cleaned_data)
        messages.success(
            request,
            _("Thank you. The staff will review your details and email you."),
        )
        return redirect("shop:my-shop")
    return render(
        request, "shop/sellers/trader_form.html", {"form": form, "shop": partner}
    )


@login_required
def team(request):
    partner = services.shop_of(request.user)
    if partner is None:
        return redirect("shop:shop-open")
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
        "shop/sellers/team.html",
        {"form": form, "shop": partner, "members": partner.users.order_by("email")},
    )


@login_required
@require_POST
def team_remove(request, user_id):
    partner = services.shop_of(request.user)
    if partner is None:
        raise Http404
    try:
        services.member_remove(partner=partner, by=request.user, user_id=user_id)
    except ValidationError as exc:
        messages.error(request, exc.messages[0])
    except PermissionDenied:
        raise Http404 from None
    else:
        messages.success(request, _("Removed from your shop."))
    if user_id == request.user.pk:
        return redirect("shop:sellers")
    return redirect("shop:team")


@require_POST
def inquiry_create(request, product_pk):
    product = get_object_or_404(Product, pk=product_pk)
    if not inquiries.inquirable(product):
        raise Http404
    form = InquiryForm(request.POST, user=request.user)
    if form.is_valid() and not form.cleaned_data.get("website"):
        try:
            inquiries.inquiry_create(
                product=product,
                buyer=request.user,
                buyer_name=form.cleaned_data["buyer_name"],
                buyer_email=form.cleaned_data["buyer_email"],
                message=form.cleaned_data["message"],
            )
        except ValidationError as exc:
            form.add_error(None, exc.messages[0])
        else:
            messages.success(
                request,
                _(
                    "Your question was sent. The seller's answer will reach you by email."
                ),
            )
            return redirect(product.get_absolute_url())
    elif form.is_valid():
        # The hidden field was filled: pretend success, store nothing.
        messages.success(
            request,
            _("Your question was sent. The seller's answer will reach you by email."),
        )
        return redirect(product.get_absolute_url())
    return render(
        request,
        "shop/sellers/inquiry_page.html",
        {"form": form, "product": product},
        status=400,
    )


def inquiry(request, token):
    """The conversation, opened by either side's secret link."""
    found, side = inquiries.inquiry_by_token(token)
    if found is None:
        raise Http404
    form = ReplyForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        inquiries.inquiry_reply(
            inquiry=found,
            author=side,
            message=form.cleaned_data["message"],
            sent_by=request.user,
        )
        messages.success(request, _("Your reply was sent by email."))
        return redirect("shop:inquiry", token=token)
    response = render(
        request,
        "shop/sellers/inquiry_thread.html",
        {
            "inquiry": found,
            "replies": found.replies.all(),
            "is_seller": side == InquiryReply.Author.SELLER,
            "form": form,
        },
    )
    # The token is in the URL: keep it out of other sites' logs and caches.
    response["Referrer-Policy"] = "no-referrer"
    response["Cache-Control"] = "private, no-store"
    return response
