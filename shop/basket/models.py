"""The basket, loading what its pages show of every line in a fixed number of queries."""

from django.db.models import Prefetch
from oscar.apps.basket.abstract_models import AbstractBasket
from oscar.core.loading import get_model


class Basket(AbstractBasket):
    def all_lines(self):
        if self.id is None:
            return self.lines.model.objects.none()
        if self._lines is None:
            # Oscar loads product and stock record; the strategy, shipping and
            # templates also read the product class, the parent and the seller
            # of every line; placing the order copies each attribute's option.
            LineAttribute = get_model("basket", "LineAttribute")
            self._lines = (
                self.lines.select_related(
                    "product",
                    "product__product_class",
                    "product__parent",
                    "product__parent__product_class",
                    "stockrecord",
                    "stockrecord__partner",
                )
                .prefetch_related(
                    Prefetch(
                        "attributes",
                        queryset=LineAttribute._default_manager.select_related(
                            "option"
                        ),
                    ),
                    "product__images",
                    "product__parent__images",
                    "product__stockrecords__partner",
                )
                .order_by(self._meta.pk.name)
            )
        return self._lines

    @property
    def num_lines(self):
        # Oscar counts with a query of its own, then loads the same lines to
        # apply offers and count items: load them once.
        return len(self.all_lines())


from oscar.apps.basket.models import *  # noqa: E402, F403
