"""Marketplace data for tests: sellers (Oscar partners) and their products."""

from decimal import Decimal
from itertools import count

from oscar.core.loading import get_model

from shop.services.catalogue import PHYSICAL, SERVICE, product_classes_ensure
from tests.factories.users import UserFactory

Partner = get_model("partner", "Partner")
Product = get_model("catalogue", "Product")
StockRecord = get_model("partner", "StockRecord")
Category = get_model("catalogue", "Category")
ProductCategory = get_model("catalogue", "ProductCategory")

_numbers = count(1)


def seller(
    user=None,
    name: str | None = None,
    approved: bool = True,
    region: str = Partner.Region.ANDALUCIA,
    city: str = "Huelva",
    code: str | None = None,
):
    """A shop with trader details, approved (or waiting) for selling."""
    n = next(_numbers)
    user = user or UserFactory()
    partner = Partner.objects.create(
        name=name or f"Tienda {n}",
        code=code or f"tienda-{n}",
        city=city,
        region=region,
        trader_legal_name=name or f"Tienda {n} SL",
        trader_address="Calle Mayor 1, Huelva",
        trader_email=user.email,
        trader_compliance=True,
        trader_status=(
            Partner.TraderStatus.APPROVED if approved else Partner.TraderStatus.PENDING
        ),
        created_by=user,
    )
    partner.users.add(user)
    return partner


def category(name: str, parent=None):
    if parent is None:
        return Category.add_root(name=name)
    return parent.add_child(name=name)


def product(
    partner,
    title: str | None = None,
    price: Decimal | str | int = "10.00",
    stock: int = 10,
    service: bool = False,
    public: bool = True,
    category=None,
    description: str = "",
    review_status: str = Product.Review.APPROVED,
    inquiry_only: bool = False,
):
    """A standalone product (or service) with one stock record of ``partner``."""
    classes = product_classes_ensure()
    n = next(_numbers)
    item = Product.objects.create(
        title=title or f"Producto {n}",
        description=description,
        product_class=classes[SERVICE if service else PHYSICAL],
        is_public=public,
        review_status=review_status,
        inquiry_only=inquiry_only,
    )
    StockRecord.objects.create(
        product=item,
        partner=partner,
        partner_sku=f"SKU-{item.pk}",
        price=Decimal(str(price)),
        num_in_stock=None if service else stock,
    )
    if category is not None:
        ProductCategory.objects.create(product=item, category=category)
    return item


def dashboard_seller(user=None, name: str | None = None, approved: bool = True):
    """A seller whose user may use Oscar's dashboard (partner.dashboard_access)."""
    from django.contrib.auth.models import Permission

    partner = seller(user=user, name=name, approved=approved)
    permission = Permission.objects.get(
        codename="dashboard_access", content_type__app_label="partner"
    )
    for member in partner.users.all():
        member.user_permissions.add(permission)
    return partner


def products_bulk(partners, n: int, *, category=None, prefix: str = "Artículo"):
    """``n`` products spread over ``partners``, inserted in bulk and indexed for search.

    Oscar's Product is not a tree, so ``bulk_create`` is safe; Wagtail's search
    index is filled with ``add_bulk`` because bulk inserts send no signals.
    """
    from wagtail.search.backends import get_search_backend

    classes = product_classes_ensure()
    start = next(_numbers)
    items = Product.objects.bulk_create(
        [
            Product(
                title=f"{prefix} {start + i}",
                slug=f"articulo-{start + i}",
                description=f"Descripción del artículo {start + i}.",
                structure=Product.STANDALONE,
                product_class=classes[SERVICE if i % 5 == 0 else PHYSICAL],
                is_public=True,
                review_status=Product.Review.APPROVED,
            )
            for i in range(n)
        ],
        batch_size=500,
    )
    if not items or items[0].pk is None:  # databases that return no ids
        items = list(
            Product.objects.filter(slug__startswith="articulo-").order_by("pk")
        )
    StockRecord.objects.bulk_create(
        [
            StockRecord(
                product=item,
                partner=partners[i % len(partners)],
                partner_sku=f"BULK-{item.pk}",
                price=Decimal(5 + i % 200),
                num_in_stock=100,
            )
            for i, item in enumerate(items)
        ],
        batch_size=500,
    )
    if category is not None:
        ProductCategory.objects.bulk_create(
            [ProductCategory(product=item, category=category) for item in items],
            batch_size=500,
        )
    get_search_backend().add_bulk(Product, items)
    return items
