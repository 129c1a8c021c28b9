"""The workspace's "Products and services": list, one short form, quick actions.

Every view is for the people of one shop (`request.shop`): another shop's
product or photo ids find nothing (404). The rules live in shop.sellers.products.
"""

from __future__ import annotations

from urllib.parse import urlencode

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from shop.marketplace import vat
from shop.sellers import products
from shop.sellers.products import Kind, Status
from shop.workspace.access import seller_required
from shop.workspace.product_forms import ProductFilterForm, ProductForm

PAGE_SIZE = 25
SECTION = "products"
BADGES = {
    Status.LIVE: "badge--ok",
    Status.HIDDEN: "badge--muted",
    Status.PENDING: "badge--warn",
    Status.REJECTED: "badge--danger",
}


def _own_product(request, pk):
    product = products.shop_product(partner=request.shop, pk=pk)
    if product is None:
        raise Http404
    return product


def _next_url(request, default: str) -> str:
    """Where a quick action returns: the list with its filters, when safe."""
    value = request.POST.get("next") or ""
    if (
        value.startswith("/")
        and "\x00" not in value
        and url_has_allowed_host_and_scheme(
            value, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        )
    ):
        return value
    return default


def _edit_url(product) -> str:
    return reverse("shop:ws-product-edit", kwargs={"pk": product.pk})


def _row(record):
    product = record.product
    status = products.product_status(product)
    kind = products.product_kind(product)
    images = list(product.images.all())
    return {
        "record": record,
        "product": product,
        "status": status,
        "status_label": Status(status).label,
        "badge": BADGES[status],
        "kind": kind,
        "kind_label": Kind(kind).label,
        "image": images[0] if images else None,
        "tracked": kind == Kind.PRODUCT,
        "low": (
            kind == Kind.PRODUCT
            and record.low_stock_threshold is not None
            and 0 < record.available <= record.low_stock_threshold
        ),
    }


@seller_required
def product_list(request):
    form = ProductFilterForm(request.GET)
    filters = form.filters()
    records = products.shop_products(partner=request.shop, **filters)
    page = Paginator(records, PAGE_SIZE).get_page(request.GET.get("page"))
    query = {
        key: value
        for key, value in (
            ("q", filters["search"]),
            ("status", filters["status"]),
            ("kind", filters["kind"]),
            ("stock", filters["stock"]),
            ("order", filters["order"]),
        )
        if value
    }
    return render(
        request,
        "shop/workspace/products/list.html",
        {
            "ws_section": SECTION,
            "shop": request.shop,
            "form": form,
            "page_obj": page,
            "rows": [_row(record) for record in page.object_list],
            "filtered": any(query.get(k) for k in ("q", "status", "kind", "stock")),
            "querystring": urlencode(query),
            "here": request.get_full_path(),
        },
    )


def _form_context(request, form, product=None, record=None, images=()):
    rates = form.rates
    context = {
        "ws_section": SECTION,
        "shop": request.shop,
        "form": form,
        "product": product,
        "record": record,
        "images": images,
        "rates": rates,
        "max_images": products.MAX_IMAGES,
        "kinds_help": {
            Kind.PRODUCT: _("Something you make or sell and send: we count its stock."),
            Kind.SERVICE: _("Work you do for the buyer, paid when they order."),
            Kind.INQUIRY: _(
                "Buyers send you a question instead of ordering; you agree the "
                "price with them."
            ),
        },
    }
    if product is not None:
        status = products.product_status(product)
        context.update(
            status=status,
            status_label=Status(status).label,
            badge=BADGES[status],
        )
        if record is not None and record.price is not None:
            rate = vat.effective_rate(record.vat_rate, request.shop.region)
            net, tax = vat.vat_split(record.price, rate)
            context.update(split={"net": net, "tax": tax, "rate": vat.rate_str(rate)})
    return context


@seller_required
def product_create(request):
    if request.method == "POST":
        form = ProductForm(request.POST, request.FILES, partner=request.shop)
        if form.is_valid():
            try:
                product, created = products.product_create(
                    partner=request.shop,
                    by=request.user,
                    data=form.product_data(),
                    key=form.cleaned_data["form_token"],
                    images=form.cleaned_data["photos"],
                )
            except ValidationError as exc:
                form.add_error(None, exc)
            else:
                if not created:
                    messages.info(request, _("This was already saved; here it is."))
                elif product.review_status == product.Review.PENDING:
                    messages.success(
                        request,
                        _(
                            "Saved. The staff will check it; buyers see it once "
                            "it is approved."
                        ),
                    )
                else:
                    messages.success(request, _("Saved and on sale."))
                return redirect(_edit_url(product))
    else:
        form = ProductForm(partner=request.shop, token=products.creation_key_new())
    return render(
        request, "shop/workspace/products/form.html", _form_context(request, form)
    )


@seller_required
def product_edit(request, pk):
    product = _own_product(request, pk)
    record = products.shop_stockrecord(partner=request.shop, product=product)
    images = products.product_images(product)
    form = ProductForm(
        request.POST or None,
        request.FILES or None,
        partner=request.shop,
        product=product,
        record=record,
        images=images,
    )
    if request.method == "POST" and form.is_valid():
        was_pending = product.review_status == product.Review.PENDING
        try:
            product = products.product_update(
                product=product,
                partner=request.shop,
                by=request.user,
                data=form.product_data(),
                images=form.cleaned_data["photos"],
                captions=form.captions(),
            )
        except ValidationError as exc:
            form.add_error(None, exc)
        except PermissionDenied:
            raise Http404 from None
        else:
            if product.review_status == product.Review.PENDING and not was_pending:
                messages.success(
                    request,
                    _(
                        "Saved. Your changes wait for staff approval; until then "
                        "buyers do not see this."
                    ),
                )
            else:
                messages.success(request, _("Saved."))
            return redirect(_edit_url(product))
    return render(
        request,
        "shop/workspace/products/form.html",
        _form_context(request, form, product, record, images),
    )


@seller_required
@require_POST
def product_visibility(request, pk):
    product = _own_product(request, pk)
    public = request.POST.get("public")
    if public not in ("0", "1"):
        messages.error(request, _("Choose whether to show or hide it."))
        return redirect(_next_url(request, reverse("shop:ws-products")))
    try:
        products.product_visibility_set(
            product=product, partner=request.shop, by=request.user, public=public == "1"
        )
    except ValidationError as exc:
        messages.error(request, exc.messages[0])
    except PermissionDenied:
        raise Http404 from None
    else:
        if public == "1":
            text = _("“%(title)s” is on sale.")
        else:
            text = _("“%(title)s” is hidden: buyers no longer see it.")
        messages.success(request, text % {"title": product.title})
    return redirect(_next_url(request, reverse("shop:ws-products")))


@seller_required
@require_POST
def product_duplicate(request, pk):
    product = _own_product(request, pk)
    try:
        copy = products.product_duplicate(
            product=product, partner=request.shop, by=request.user
        )
    except PermissionDenied:
        raise Http404 from None
    messages.success(
        request,
        _(
            "Copied as a hidden draft. Change what differs, then put it on sale "
            "from the list."
        ),
    )
    return redirect(_edit_url(copy))


@seller_required
def product_delete(request, pk):
    product = _own_product(request, pk)
    if request.method == "POST":
        try:
            products.product_delete(
                product=product, partner=request.shop, by=request.user
            )
        except ValidationError as exc:
            messages.error(request, exc.messages[0])
            return redirect(_edit_url(product))
        except PermissionDenied:
            raise Http404 from None
        messages.success(
            request, _("“%(title)s” was deleted.") % {"title": product.title}
        )
        return redirect("shop:ws-products")
    return render(
        request,
        "shop/workspace/products/delete.html",
        {
            "ws_section": SECTION,
            "shop": request.shop,
            "product": product,
            "status": products.product_status(product),
        },
    )


def _photos_url(product) -> str:
    return _edit_url(product) + "#photos"


@seller_required
@require_POST
def product_image_move(request, pk, image_pk):
    product = _own_product(request, pk)
    direction = request.POST.get("direction")
    if direction not in ("up", "down"):
        messages.error(request, _("Choose where to move the photo."))
        return redirect(_photos_url(product))
    try:
        products.product_image_move(
            product=product,
            partner=request.shop,
            by=request.user,
            image_id=image_pk,
            step=-1 if direction == "up" else 1,
        )
    except PermissionDenied:
        raise Http404 from None
    messages.success(request, _("Photo moved."))
    return redirect(_photos_url(product))


@seller_required
@require_POST
def product_image_delete(request, pk, image_pk):
    product = _own_product(request, pk)
    try:
        products.product_image_delete(
            product=product, partner=request.shop, by=request.user, image_id=image_pk
        )
    except PermissionDenied:
        raise Http404 from None
    messages.success(request, _("Photo deleted."))
    return redirect(_photos_url(product))
