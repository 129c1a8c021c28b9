"""The shop's pages in the public page cache (rumbo.page_cache).

Tags: ``products`` (browse, category and search pages), ``product:<id>`` (a
product page), ``shop:<partner id>`` (a storefront, and each product page
showing that seller), ``shops`` (the sellers' directory). Changes to products,
their stock, images, categories and reviews, and to shops, purge them.
"""

from django.db.models.signals import post_delete, post_save
from oscar.core.loading import get_model

from rumbo import page_cache


def product_tags(product) -> list[str]:
    tags = [f"product:{product.pk}"]
    if product.parent_id:
        tags.append(f"product:{product.parent_id}")
    return tags


def products_purge(product_ids, partner_ids=()) -> None:
    page_cache.purge(
        "products",
        *(f"product:{pk}" for pk in product_ids),
        *(f"shop:{pk}" for pk in partner_ids),
    )


def _product_changed(sender, instance, **kwargs):
    StockRecord = get_model("partner", "StockRecord")
    ids = [instance.pk, instance.parent_id]
    partners = StockRecord.objects.filter(
        product__in=[i for i in ids if i]
    ).values_list("partner_id", flat=True)
    products_purge([i for i in ids if i], set(partners))


def _stock_changed(sender, instance, **kwargs):
    products_purge([instance.product_id], [instance.partner_id])


def _of_product(sender, instance, **kwargs):
    """Images, reviews, category links: the product's page and the lists."""
    products_purge([instance.product_id])


def _partner_changed(sender, instance, **kwargs):
    page_cache.purge("shops", "products", f"shop:{instance.pk}")


def _category_changed(sender, instance, **kwargs):
    page_cache.purge("products")


def connect() -> None:
    models = {
        ("catalogue", "Product"): _product_changed,
        ("partner", "StockRecord"): _stock_changed,
        ("catalogue", "ProductImage"): _of_product,
        ("catalogue", "ProductCategory"): _of_product,
        ("reviews", "ProductReview"): _of_product,
        ("partner", "Partner"): _partner_changed,
        ("catalogue", "Category"): _category_changed,
    }
    for (app, name), receiver in models.items():
        model = get_model(app, name)
        uid = f"page-cache-{app}-{name}"
        post_save.connect(receiver, sender=model, dispatch_uid=uid)
        post_delete.connect(receiver, sender=model, dispatch_uid=uid + "-gone")
