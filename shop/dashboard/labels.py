"""Labels for values the back office stores in English.

Product classes are database rows named in English by
shop.services.catalogue; order and line statuses are Oscar pipeline keys
(their labels live in shop.order.status).
"""

from django.utils.translation import gettext_lazy as _

from shop.order.status import status_label

__all__ = ["product_class_label", "status_label"]

# Keyed by the stored name: a class staff rename shows their own name.
PRODUCT_CLASS_LABELS = {
    "Physical product": _("Physical product"),
    "Service": _("Service"),
}


def product_class_label(product_class) -> str:
    """A product class (or its name) in the reader's language."""
    if product_class is None:
        return ""
    name = getattr(product_class, "name", product_class)
    return str(PRODUCT_CLASS_LABELS.get(name, name))
