"""Browse and search the marketplace through the database, in a fixed number of queries.

Search uses Wagtail's search backend (``WAGTAILSEARCH_BACKENDS``: the database
backend, i.e. PostgreSQL full-text in production and SQLite FTS5 in the embedded
default), the same engine as the course catalogue. The database backends run the
search as SQL over the queryset they are given, so the filters can span relations
the index does not store (seller, region, category, price).
"""

from dataclasses import dataclass
from decimal import Decimal

from django.db.models import OuterRef, Prefetch, Q, QuerySet, Subquery
from oscar.core.loading import get_model
from wagtail.search.backends import get_search_backend

from rumbo.sqlite_ranking import sqlite_ranked
from shop.search.forms import (
    KIND_PRODUCT,
    KIND_SERVICE,
    NEWEST,
    PRICE_ASC,
    PRICE_DESC,
    RELEVANCE,
)

Product = get_model("catalogue", "Product")
ProductImage = get_model("catalogue", "ProductImage")
Category = get_model("catalogue", "Category")
ProductCategory = get_model("catalogue", "ProductCategory")
Partner = get_model("partner", "Partner")
StockRecord = get_model("partner", "StockRecord")


@dataclass(frozen=True)
class BrowseFilters:
    query: str = ""
    category: object = None  # a Category: it and its descendants
    seller: str = ""  # Partner.code (the storefront slug)
    region: str = ""  # Partner.region
    kind: str = ""  # "product" (needs shipping) or "service"
    price_min: Decimal | None = None
    price_max: Decimal | None = None
    sort: str = ""

    @property
    def any(self) -> bool:
        """Whether the visitor narrowed the list (the category page's own category aside)."""
        return bool(
            self.query
            or self.seller
            or self.region
            or self.kind
            or self.price_min is not None
            or self.price_max is not None
        )


def _sellable_stock(filters: BrowseFilters) -> QuerySet:
    """Stock records of approved traders that match the seller-level filters."""
    stock = StockRecord.objects.filter(
        partner__trader_status=Partner.TraderStatus.APPROVED
    )
    if filters.seller:
        stock = stock.filter(partner__code=filters.seller)
    if filters.region:
        stock = stock.filter(partner__region=filters.region)
    if filters.price_min is not None:
        stock = stock.filter(price__gte=filters.price_min)
    if filters.price_max is not None:
        stock = stock.filter(price__lte=filters.price_max)
    return stock


def browsable_products(filters: BrowseFilters | None = None) -> QuerySet:
    """Products a visitor may find: public, approved, offered by an approved trader.

    Subqueries (``pk IN (...)``) rather than joins, so a product with several
    stock records or categories is listed once, without DISTINCT.
    """
    filters = filters or BrowseFilters()
    stock = _sellable_stock(filters)
    products = Product.objects.filter(
        is_public=True,
        review_status=Product.Review.APPROVED,
        structure__in=[Product.STANDALONE, Product.PARENT],
    ).filter(
        Q(pk__in=stock.values("product_id"))
        | Q(
            pk__in=stock.filter(product__parent__isnull=False).values(
                "product__parent_id"
            )
        )
    )
    if filters.category is not None:
        tree = Category.objects.filter(
            path__startswith=filters.category.path, depth__gte=filters.category.depth
        )
        products = products.filter(
            pk__in=ProductCategory.objects.filter(category__in=tree).values(
                "product_id"
            )
        )
    if filters.kind == KIND_PRODUCT:
        products = products.filter(product_class__requires_shipping=True)
    elif filters.kind == KIND_SERVICE:
        products = products.filter(product_class__requires_shipping=False)
    return products


def _ordered(products: QuerySet, sort: str) -> QuerySet:
    if sort in (PRICE_ASC, PRICE_DESC):
        lowest = (
            StockRecord.objects.filter(product_id=OuterRef("pk"))
            .order_by("price")
            .values("price")[:1]
        )
        products = products.annotate(lowest_price=Subquery(lowest))
        if sort == PRICE_ASC:
            return products.order_by("lowest_price", "-pk")
        return products.order_by("-lowest_price", "-pk")
    return products.order_by("-date_created", "-pk")


def product_search(query: str, products: QuerySet, *, by_relevance: bool):
    """Wagtail search over ``products``, keeping every filter already on it.

    ``backend.search()`` would first check that each filter is a ``FilterField``
    of ``Product.search_fields``; our filters cross relations (stock records,
    partners, categories) that the index does not hold. The database backends
    apply the queryset as SQL, so the compiler is used without that check.
    Returns search results: sliceable, countable, ordered by relevance or by the
    queryset's own ordering.
    """
    backend = get_search_backend()
    if by_relevance:
        ranked = sqlite_ranked(backend, products, query)
        if ranked is not None:
            return ranked
    compiler = backend.query_compiler_class(
        products, query, operator="and", order_by_relevance=by_relevance
    )
    return backend.results_class(backend, compiler)


def products_browse(filters: BrowseFilters):
    """The filtered list, searched and sorted; page it, then load it with ``product_cards``."""
    products = browsable_products(filters).only("pk")
    sort = filters.sort or (RELEVANCE if filters.query else NEWEST)
    if filters.query:
        if sort == RELEVANCE:
            return product_search(filters.query, products, by_relevance=True)
        return product_search(
            filters.query, _ordered(products, sort), by_relevance=False
        )
    return _ordered(products, sort)


def _stock_with_partner() -> QuerySet:
    return StockRecord.objects.select_related("partner")


def product_cards(page_of_products, strategy) -> list:
    """The products of one page, in order, with stock, seller, image and price loaded.

    Each product gets ``info`` (Oscar's purchase info from the request's strategy:
    price incl. VAT and availability), ``seller`` (the partner of that stock
    record) and ``image`` (the primary image, or None): no query per product.
    """
    ids = [product.pk for product in page_of_products]
    children = Product.objects.filter(is_public=True).prefetch_related(
        Prefetch("stockrecords", queryset=_stock_with_partner())
    )
    by_id = (
        Product.objects.filter(pk__in=ids)
        .select_related("product_class")
        .prefetch_related(
            Prefetch("stockrecords", queryset=_stock_with_partner()),
            Prefetch(
                "images",
                queryset=ProductImage.objects.order_by("display_order", "pk"),
            ),
            Prefetch("categories", queryset=Category.objects.order_by("path")),
            Prefetch(
                "children", queryset=children, to_attr="_prefetched_public_children"
            ),
        )
        .in_bulk()
    )
    cards = [by_id[pk] for pk in ids if pk in by_id]
    for product in cards:
        annotate_card(product, strategy)
    return cards


def annotate_card(product, strategy) -> None:
    """Price, seller and image of a product whose relations are prefetched."""
    product.info = strategy.fetch_for_product(product)
    stockrecord = product.info.stockrecord
    if stockrecord is None and product.is_parent:
        children = getattr(product, "_prefetched_public_children", [])
        records = [r for child in children for r in child.stockrecords.all()]
        stockrecord = records[0] if records else None
    product.seller = stockrecord.partner if stockrecord else None
    images = list(product.images.all())
    product.image = images[0] if images else None


def category_tree() -> list:
    """Every public category in tree order (a small tree: one query)."""
    return list(Category.objects.filter(is_public=True).order_by("path"))


def seller_named(code: str):
    return Partner.objects.filter(
        code=code, trader_status=Partner.TraderStatus.APPROVED
    ).first()


def product_for_page(product):
    """The detail page's product with seller, images and categories loaded."""
    return (
        Product.objects.filter(pk=product.pk)
        .select_related("product_class", "parent")
        .prefetch_related(
            Prefetch("stockrecords", queryset=_stock_with_partner()),
            Prefetch(
                "images",
                queryset=ProductImage.objects.order_by("display_order", "pk"),
            ),
            Prefetch("categories", queryset=Category.objects.order_by("path")),
        )
        .get()
    )
