"""The two kinds of things sellers offer: physical products and services."""

from django.apps import apps as global_apps

PHYSICAL = "physical-product"
SERVICE = "service"

PRODUCT_CLASSES = {
    # slug: (name, requires_shipping, track_stock)
    PHYSICAL: ("Physical product", True, True),
    SERVICE: ("Service", False, False),
}


def product_classes_ensure(*, apps=None) -> dict:
    """Create or correct the two product classes; safe to run any number of times.

    `apps` is a migration's historical registry (the data migration passes it);
    the seed calls it without.
    """
    ProductClass = (apps or global_apps).get_model("catalogue", "ProductClass")
    classes = {}
    for slug, (name, requires_shipping, track_stock) in PRODUCT_CLASSES.items():
        obj, _created = ProductClass.objects.update_or_create(
            slug=slug,
            defaults={
                "name": name,
                "requires_shipping": requires_shipping,
                "track_stock": track_stock,
            },
        )
        classes[slug] = obj
    return classes
