"""Public pages of sellers: the directory, storefronts and buyers' inquiries.

Running a shop happens in the sellers' workspace (shop.workspace).
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from oscar.core.loading import get_model

from rumbo import page_cache
from shop.marketplace.sellers import is_seller
from shop.models import InquiryReply
from shop.sellers import inquiries, selectors
from shop.sellers.forms import InquiryForm, ReplyForm, language_names

Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")

STOREFRONT_PAGE_SIZE = 24
DIRECTORY_PAGE_SIZE = 24


def sellers(request):
    """The directory of shops that can sell."""
    region = request.GET.get("region", "")
    shops = selectors.sellers_public()
    if region in Partner.Region.values:
        shops = shops.filter(region=region)
    page = Paginator(shops, DIRECTORY_PAGE_SIZE).get_page(request.GET.get("page"))
    page_cache.public(request, "shops")
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
    # Its owner's certificates show on it too.
    page_cache.public(request, f"shop:{partner.pk}", "certificates")
    return render(
        request,
        "shop/sellers/storefront.html",
        {
            "shop": partner,
            "languages": language_names(partner.languages),
            "certificates": selectors.partner_certificates(partner=partner),
            "page_obj": page,
            "products": page.object_list,
            "is_member": is_seller(request.user, partner),
        },
    )


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
            # The seller's secret link opened it (whoever is signed in).
            "seller_side": side == InquiryReply.Author.SELLER,
            "form": form,
        },
    )
    # The token is in the URL: keep it out of other sites' logs and caches.
    response["Referrer-Policy"] = "no-referrer"
    response["Cache-Control"] = "private, no-store"
    return response
