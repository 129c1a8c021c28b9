"""A seller's products and services: the workspace's reads and every write.

Oscar's Product, StockRecord and ProductImage stay underneath: one stock record
per product (the shop's own), prices including VAT, Oscar's strategy decides what
buyers may buy. The review rules: new products wait for staff approval when the
shop's `products_need_approval` is on; changed words (title, description) of an
approved product go back to review; a rejected product whose words change is
looked at again; a seller never publishes a product staff have not approved.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal

from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, models, transaction
from django.db.models import F, Prefetch, Q, QuerySet, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from oscar.core.loading import get_model
from oscar.core.utils import slugify

from rumbo.replay import replay_of
from shop.marketplace.sellers import is_seller
from shop.sellers import services
from shop.sellers.html import html_sanitise
from shop.services.catalogue import PHYSICAL, SERVICE, product_classes_ensure

Partner = get_model("partner", "Partner")
StockRecord = get_model("partner", "StockRecord")
Product = get_model("catalogue", "Product")
ProductClass = get_model("catalogue", "ProductClass")
ProductCategory = get_model("catalogue", "ProductCategory")
ProductImage = get_model("catalogue", "ProductImage")

MAX_IMAGES = 10
# A second tap on "Duplicate" within this window returns the first copy.
DUPLICATE_REPLAY_WINDOW = timedelta(seconds=30)
MAX_PRICE = Decimal("99999.99")
MAX_STOCK = 100_000
TITLE_MAX = 255
CAPTION_MAX = 200


class Kind(models.TextChoices):
    """What a seller offers, in plain words (Oscar's product class underneath)."""

    PRODUCT = "product", gettext_lazy("Product")
    SERVICE = "service", gettext_lazy("Service")
    INQUIRY = "inquiry", gettext_lazy("Service on request (ask the seller)")


class Status(models.TextChoices):
    """Where a product stands for buyers; the list filters on these values."""

    LIVE = "live", gettext_lazy("On sale")
    HIDDEN = "hidden", gettext_lazy("Hidden")
    PENDING = "pending", gettext_lazy("Waiting for approval")
    REJECTED = "rejected", gettext_lazy("Rejected")


class StockLevel(models.TextChoices):
    OUT = "out", gettext_lazy("Out of stock")
    LOW = "low", gettext_lazy("Low stock")


class Order(models.TextChoices):
    NEWEST = "newest", gettext_lazy("Newest first")
    TITLE = "title", gettext_lazy("Title (A to Z)")
    PRICE = "price", gettext_lazy("Price (lowest first)")
    STOCK = "stock", gettext_lazy("Stock (lowest first)")


@dataclass
class ProductData:
    """Everything the seller's product form gives (already validated)."""

    title: str
    kind: str
    description: str = ""
    category: object | None = None
    price: Decimal | None = None
    vat_rate: Decimal | None = None
    num_in_stock: int | None = None
    low_stock_threshold: int | None = None


# --- reads -------------------------------------------------------------------


def product_kind(product) -> str:
    if product.inquiry_only:
        return Kind.INQUIRY
    if product.product_class is not None and product.product_class.track_stock:
        return Kind.PRODUCT
    return Kind.SERVICE


def product_status(product) -> str:
    if product.review_status == Product.Review.PENDING:
        return Status.PENDING
    if product.review_status == Product.Review.REJECTED:
        return Status.REJECTED
    return Status.LIVE if product.is_public else Status.HIDDEN


def _available():
    return Coalesce(F("num_in_stock"), Value(0)) - Coalesce(
        F("num_allocated"), Value(0)
    )


def stock_tracked_q(prefix: str = "") -> Q:
    """Stock records whose stock counts: physical products that can be bought."""
    return Q(
        **{
            f"{prefix}product__product_class__track_stock": True,
            f"{prefix}product__inquiry_only": False,
        }
    )


def shop_stockrecords(*, partner: Partner) -> QuerySet:
    """The shop's stock records of its standalone products, with what the list
    shows (product, class, available stock as `available`, images in order)."""
    images = ProductImage.objects.order_by("display_order", "pk")
    return (
        StockRecord.objects.filter(
            partner=partner, product__structure=Product.STANDALONE
        )
        .select_related("product", "product__product_class")
        .annotate(available=_available())
        .prefetch_related(Prefetch("product__images", queryset=images))
    )


def shop_products(
    *,
    partner: Partner,
    search: str = "",
    status: str = "",
    kind: str = "",
    stock: str = "",
    order: str = "",
) -> QuerySet:
    """The workspace's product list: the shop's stock records, filtered.

    `status`, `kind`, `stock` and `order` take the values of Status, Kind,
    StockLevel and Order; anything else means "all". Low stock is at or below
    the product's low-stock level (and above zero); out of stock is zero or
    less available, for physical products only.
    """
    records = shop_stockrecords(partner=partner)
    if search:
        records = records.filter(product__title__icontains=search)
    records = records.filter(_status_q(status)).filter(_kind_q(kind))
    if stock == StockLevel.OUT:
        records = records.filter(stock_tracked_q(), available__lte=0)
    elif stock == StockLevel.LOW:
        records = records.filter(
            stock_tracked_q(),
            low_stock_threshold__isnull=False,
            available__gt=0,
            available__lte=F("low_stock_threshold"),
        )
    ordering = {
        Order.TITLE: ("product__title", "pk"),
        Order.PRICE: (F("price").asc(nulls_last=True), "pk"),
        Order.STOCK: (F("available").asc(), "pk"),
    }.get(order, ("-product__date_created", "-pk"))
    return records.order_by(*ordering)


def _status_q(status: str) -> Q:
    review = Product.Review
    return {
        Status.LIVE: Q(product__is_public=True, product__review_status=review.APPROVED),
        Status.HIDDEN: Q(
            product__is_public=False, product__review_status=review.APPROVED
        ),
        Status.PENDING: Q(product__review_status=review.PENDING),
        Status.REJECTED: Q(product__review_status=review.REJECTED),
    }.get(status, Q())


def _kind_q(kind: str) -> Q:
    return {
        Kind.INQUIRY: Q(product__inquiry_only=True),
        Kind.PRODUCT: Q(
            product__inquiry_only=False, product__product_class__track_stock=True
        ),
        Kind.SERVICE: Q(product__inquiry_only=False)
        & ~Q(product__product_class__track_stock=True),
    }.get(kind, Q())


def shop_product_counts(*, partner: Partner) -> dict:
    """How many of the shop's products are in each list filter, in one query.

    Keys are the list's query values (Status and StockLevel: "live", "hidden",
    "pending", "rejected", "low", "out") plus "all", so a page linking to
    ?status=pending or ?stock=low shows the same number the list will.
    """
    low = Q(stock_tracked_q()) & Q(
        low_stock_threshold__isnull=False,
        available__gt=0,
        available__lte=F("low_stock_threshold"),
    )
    out = Q(stock_tracked_q()) & Q(available__lte=0)
    counts = {
        value: models.Count("pk", filter=_status_q(value)) for value in Status.values
    }
    return (
        StockRecord.objects.filter(
            partner=partner, product__structure=Product.STANDALONE
        )
        .annotate(available=_available())
        .aggregate(
            all=models.Count("pk"),
            low=models.Count("pk", filter=low),
            out=models.Count("pk", filter=out),
            **counts,
        )
    )


def shop_product(*, partner: Partner, pk) -> Product | None:
    """One of the shop's products by id, or None (another shop's ids find nothing)."""
    return (
        Product.objects.filter(
            pk=pk, structure=Product.STANDALONE, stockrecords__partner=partner
        )
        .select_related("product_class")
        .first()
    )


def shop_stockrecord(*, partner: Partner, product: Product) -> StockRecord | None:
    return (
        StockRecord.objects.filter(partner=partner, product=product)
        .order_by("pk")
        .first()
    )


def product_images(product: Product) -> list:
    return list(product.images.order_by("display_order", "pk"))


# --- writes ------------------------------------------------------------------


def _check_member(*, partner: Partner, by) -> None:
    if by is None or not is_seller(by, partner):
        raise PermissionDenied


def _lock_own(*, partner: Partner, product: Product) -> Product:
    """Lock the shop's product row; another shop's product is not found."""
    locked = (
        Product.objects.select_for_update(of=("self",))
        .filter(
            pk=product.pk, structure=Product.STANDALONE, stockrecords__partner=partner
        )
        .select_related("product_class")
        .first()
    )
    if locked is None:
        raise PermissionDenied
    return locked


def _product_class(kind: str):
    slug = PHYSICAL if kind == Kind.PRODUCT else SERVICE
    found = ProductClass.objects.filter(slug=slug).first()
    return found or product_classes_ensure()[slug]


def _slug(title: str) -> str:
    # Oscar's slugifier escapes non-Latin letters ("u4e2d"), so a long title
    # may give a slug longer than the column.
    return slugify(title)[:255].strip("-")


def _valid_stock(data: ProductData) -> tuple[int | None, int | None]:
    if data.kind != Kind.PRODUCT:
        return None, None
    if data.num_in_stock is None:
        raise ValidationError(_("Enter how many you have in stock."))
    return data.num_in_stock, data.low_stock_threshold


def _check_data(data: ProductData) -> None:
    if data.kind not in Kind.values:
        raise ValidationError(_("Choose what you offer."))
    if not (data.title or "").strip():
        raise ValidationError(_("Give it a title."))
    if data.price is not None and not (Decimal("0") <= data.price <= MAX_PRICE):
        raise ValidationError(_("Enter a price from 0 to 99,999.99 euros."))
    if data.price is None and data.kind != Kind.INQUIRY:
        raise ValidationError(_("Enter a price."))
    if data.vat_rate is not None and not (Decimal("0") <= data.vat_rate <= 30):
        raise ValidationError(_("Choose one of your country's VAT rates."))
    for number in (data.num_in_stock, data.low_stock_threshold):
        if number is not None and not (0 <= number <= MAX_STOCK):
            raise ValidationError(_("Enter a quantity from 0 to 100,000."))


def _set_category(product: Product, category) -> None:
    if category is None:
        return
    current = set(product.productcategory_set.values_list("category_id", flat=True))
    if category.pk in current:
        return
    product.productcategory_set.all().delete()
    ProductCategory.objects.create(product=product, category=category)


def _add_images(product: Product, files, start: int) -> list:
    created = []
    for offset, upload in enumerate(files):
        image = ProductImage(product=product, display_order=start + offset)
        image.original.save(upload.name, upload, save=False)
        image.save()
        created.append(image)
    return created


def _too_many_images(count: int, adding: int) -> ValidationError:
    left = max(MAX_IMAGES - count, 0)
    return ValidationError(
        _(
            "A product can have up to %(max)d photos. It has %(count)d, so you can "
            "add %(left)d more; you chose %(adding)d."
        )
        % {"max": MAX_IMAGES, "count": count, "left": left, "adding": adding}
    )


def _created_with(partner: Partner, sku: str) -> Product | None:
    record = (
        StockRecord.objects.filter(partner=partner, partner_sku=sku)
        .select_related("product")
        .first()
    )
    return record.product if record else None


AUTO_SKU_PREFIX = "R-"


def sku_shown(sku: str | None) -> str:
    """The seller's own code for an item, or "" for the one Rumbo made up.

    Products created in the workspace get "R-" and their form's one-time key
    as their SKU (what makes a double submit find the first product); that is
    no code a seller or buyer should read.
    """
    if not sku or sku.startswith(AUTO_SKU_PREFIX):
        return ""
    return sku


def creation_key_new() -> str:
    """A one-time key for a "new product" form: a second submit finds the first."""
    return secrets.token_hex(16)


@transaction.atomic
def product_create(
    *,
    partner: Partner,
    by,
    data: ProductData,
    key: str | None = None,
    images=(),
) -> tuple[Product, bool]:
    """Create a product of the shop with its stock record, category and photos.

    Returns (product, created). With the form's one-time `key`, submitting the
    same form twice (a double tap, a replay) returns the first product and
    creates nothing: the key is the stock record's SKU, unique per shop in the
    database, so it holds even for two requests at the same moment.
    """
    _check_member(partner=partner, by=by)
    _check_data(data)
    num_in_stock, low_stock = _valid_stock(data)
    if len(images) > MAX_IMAGES:
        raise _too_many_images(0, len(images))
    sku = f"{AUTO_SKU_PREFIX}{key or creation_key_new()}"
    existing = _created_with(partner, sku)
    if existing is not None:
        return existing, False
    needs_approval = partner.products_need_approval
    product = Product(
        title=data.title.strip()[:TITLE_MAX],
        slug=_slug(data.title),
        description=html_sanitise(data.description),
        structure=Product.STANDALONE,
        product_class=_product_class(data.kind),
        inquiry_only=data.kind == Kind.INQUIRY,
        review_status=(
            Product.Review.PENDING if needs_approval else Product.Review.APPROVED
        ),
        is_public=not needs_approval,
    )
    try:
        with transaction.atomic():
            product.save()
            StockRecord.objects.create(
                product=product,
                partner=partner,
                partner_sku=sku,
                price_currency="EUR",
                price=data.price,
                vat_rate=data.vat_rate,
                num_in_stock=num_in_stock,
                low_stock_threshold=low_stock,
            )
    except IntegrityError:
        # The same form, submitted a moment earlier by another request.
        existing = _created_with(partner, sku)
        if existing is None:
            raise
        return existing, False
    _set_category(product, data.category)
    _add_images(product, images, 0)
    if product.review_status == Product.Review.PENDING:
        services.products_review_requested(partner=partner)
    return product, True


@transaction.atomic
def product_update(
    *,
    product: Product,
    partner: Partner,
    by,
    data: ProductData,
    images=(),
    captions: dict | None = None,
) -> Product:
    """Change a product, add photos and set their alt text (`captions`: image id
    to text; other products' image ids are ignored). Changed words may send it
    back to review (see the module's docstring)."""
    _check_member(partner=partner, by=by)
    _check_data(data)
    product = _lock_own(partner=partner, product=product)
    record = (
        StockRecord.objects.select_for_update()
        .filter(partner=partner, product=product)
        .order_by("pk")
        .first()
    )
    num_in_stock, low_stock = _valid_stock(data)
    allocated = record.num_allocated or 0
    if num_in_stock is not None and num_in_stock < allocated:
        raise ValidationError(
            _(
                "%(count)d are in orders not shipped yet, so the stock cannot be "
                "lower than that."
            )
            % {"count": allocated}
        )
    count = product.images.count()
    if count + len(images) > MAX_IMAGES:
        raise _too_many_images(count, len(images))

    title = data.title.strip()[:TITLE_MAX]
    description = html_sanitise(data.description)
    words_changed = (title, description) != (product.title, product.description)
    was_pending = product.review_status == Product.Review.PENDING
    if words_changed and (
        product.review_status == Product.Review.REJECTED
        or (
            partner.products_need_approval
            and product.review_status == Product.Review.APPROVED
        )
    ):
        # Changed words are checked again before buyers see them.
        product.review_status = Product.Review.PENDING
        product.is_public = False
    if title != product.title:
        product.slug = _slug(title)
    product.title = title
    product.description = description
    product.product_class = _product_class(data.kind)
    product.inquiry_only = data.kind == Kind.INQUIRY
    product.save()

    record.price = data.price
    record.vat_rate = data.vat_rate
    record.num_in_stock = num_in_stock
    record.low_stock_threshold = low_stock
    record.save()
    _set_category(product, data.category)
    if captions:
        _set_captions(product, captions)
    _add_images(product, images, _next_order(product))
    if product.review_status == Product.Review.PENDING and not was_pending:
        services.products_review_requested(partner=partner)
    return product


@transaction.atomic
def product_visibility_set(
    *, product: Product, partner: Partner, by, public: bool
) -> Product:
    """Show a product to buyers or hide it. Only staff-approved products show."""
    _check_member(partner=partner, by=by)
    product = _lock_own(partner=partner, product=product)
    if public and product.review_status == Product.Review.PENDING:
        raise ValidationError(
            _("This is waiting for staff approval; buyers will see it once approved.")
        )
    if public and product.review_status == Product.Review.REJECTED:
        raise ValidationError(
            _(
                "The staff did not approve this. Change its title or description "
                "and it will be reviewed again."
            )
        )
    if product.is_public != public:
        product.is_public = public
        product.save()
    return product


@transaction.atomic
def product_duplicate(*, product: Product, partner: Partner, by) -> Product:
    """Copy a product as a hidden draft: words, price, stock, category, photos.

    The copy keeps the original's review status, so copying never turns a
    product that waits or was rejected into an approved one.
    """
    _check_member(partner=partner, by=by)
    original = _lock_own(partner=partner, product=product)
    record = (
        StockRecord.objects.filter(partner=partner, product=original)
        .order_by("pk")
        .first()
    )
    title = (_("Copy of %(title)s") % {"title": original.title})[:TITLE_MAX]
    # The original is locked, so a double tap waits here and then finds the
    # copy the first tap made.
    just_made = replay_of(
        Product.objects.order_by("-pk"),
        window=DUPLICATE_REPLAY_WINDOW,
        created="date_created",
        title=title,
        stockrecords__partner=partner,
    )
    if just_made is not None:
        return just_made
    copy = Product.objects.create(
        title=title,
        slug=_slug(title),
        description=original.description,
        structure=Product.STANDALONE,
        product_class=original.product_class,
        inquiry_only=original.inquiry_only,
        review_status=original.review_status,
        is_public=False,
    )
    StockRecord.objects.create(
        product=copy,
        partner=partner,
        partner_sku=f"{AUTO_SKU_PREFIX}{creation_key_new()}",
        price_currency=record.price_currency,
        price=record.price,
        vat_rate=record.vat_rate,
        num_in_stock=record.num_in_stock,
        low_stock_threshold=record.low_stock_threshold,
    )
    ProductCategory.objects.bulk_create(
        [
            ProductCategory(product=copy, category_id=category_id)
            for category_id in original.productcategory_set.values_list(
                "category_id", flat=True
            )
        ]
    )
    index = 0
    for image in product_images(original):
        try:
            with image.original.open("rb") as source:
                content = ContentFile(source.read())
        except OSError:
            continue  # a file gone from storage: copy the others
        name = image.original.name.rsplit("/", 1)[-1]
        copied = ProductImage(product=copy, caption=image.caption, display_order=index)
        index += 1
        copied.original.save(name, content, save=False)
        copied.save()
    if copy.review_status == Product.Review.PENDING:
        services.products_review_requested(partner=partner)
    return copy


@transaction.atomic
def product_delete(*, product: Product, partner: Partner, by) -> None:
    """Delete a product, unless orders not shipped yet hold some of its stock."""
    _check_member(partner=partner, by=by)
    product = _lock_own(partner=partner, product=product)
    if StockRecord.objects.filter(product=product, num_allocated__gt=0).exists():
        raise ValidationError(
            _(
                "Some orders with this product have not shipped yet. Hide it "
                "instead, or delete it once they have shipped."
            )
        )
    product.delete()


def _next_order(product: Product) -> int:
    last = product.images.aggregate(last=models.Max("display_order"))["last"]
    return 0 if last is None else last + 1


def _renumber(images) -> None:
    for index, image in enumerate(images):
        if image.display_order != index:
            image.display_order = index
            image.save(update_fields=["display_order"])


@transaction.atomic
def product_images_add(*, product: Product, partner: Partner, by, images) -> list:
    """Add photos (already checked and re-encoded) after the existing ones."""
    _check_member(partner=partner, by=by)
    product = _lock_own(partner=partner, product=product)
    count = product.images.count()
    if count + len(images) > MAX_IMAGES:
        raise _too_many_images(count, len(images))
    return _add_images(product, images, _next_order(product))


def _own_image(product: Product, image_id) -> ProductImage:
    image = product.images.filter(pk=image_id).first()
    if image is None:
        raise PermissionDenied
    return image


@transaction.atomic
def product_image_move(
    *, product: Product, partner: Partner, by, image_id: int, step: int
) -> None:
    """Move a photo one place earlier (step -1) or later (+1); the first is the main."""
    _check_member(partner=partner, by=by)
    product = _lock_own(partner=partner, product=product)
    _own_image(product, image_id)
    images = product_images(product)
    index = next(i for i, image in enumerate(images) if image.pk == image_id)
    target = index + (1 if step > 0 else -1)
    if 0 <= target < len(images):
        images[index], images[target] = images[target], images[index]
    _renumber(images)


@transaction.atomic
def product_image_delete(*, product: Product, partner: Partner, by, image_id: int):
    _check_member(partner=partner, by=by)
    product = _lock_own(partner=partner, product=product)
    image = _own_image(product, image_id)
    ProductImage.objects.filter(pk=image.pk).delete()
    _renumber(product_images(product))


def _set_captions(product: Product, captions: dict) -> int:
    changed = 0
    for image in product_images(product):
        if image.pk not in captions:
            continue
        caption = (captions[image.pk] or "").strip()[:CAPTION_MAX]
        if caption != image.caption:
            image.caption = caption
            image.save(update_fields=["caption"])
            changed += 1
    return changed
