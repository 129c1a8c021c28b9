from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ShopConfig(AppConfig):
    """Glue for the marketplace; Oscar's forked apps live beside it in shop/.

    The marketplace's own rules (who is a seller, how a basket and an order
    split by seller, each seller's status and totals) are in shop.marketplace;
    the forked Oscar apps (shipping, order, basket, checkout, dashboard) are
    thin adapters over it.
    """

    name = "shop"
    verbose_name = _("Shop")

    def ready(self):
        from oscar.apps.analytics import receivers as analytics
        from oscar.apps.catalogue.signals import product_viewed
        from oscar.apps.customer.receivers import receive_product_view
        from oscar.apps.search.signals import user_search

        from shop import receivers
        from shop.catalogue.receivers import product_view_count
        from shop.page_cache import connect

        connect()
        receivers.connect()
        # No "recently viewed" cookie: Rumbo shows no such list, and a product
        # page is one page for every visitor (rumbo.page_cache).
        product_viewed.disconnect(receive_product_view)
        # Views are counted per product for the dashboard's reports, not per
        # person: who looked at what, or searched for what, is not kept.
        product_viewed.disconnect(analytics.receive_product_view)
        user_search.disconnect(analytics.receive_product_search)
        product_viewed.connect(product_view_count, dispatch_uid="product_view_count")
