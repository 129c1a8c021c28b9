"""What the shop adds to the platform's core (users, home and newsletters
hooks): the account panel, data export and deletion, navigation, the sellers
segment and the featured product with its chooser."""

from django.utils.translation import gettext_lazy as _
from newsletters.hooks import FEATURED_BLOCKS, SEGMENTS
from wagtail import hooks

from home.hooks import NAVIGATION_AREAS, NavigationArea
from jobs.hooks import JOB_POSTERS, Poster
from shop.account_deletion import orders_anonymise
from shop.data_export import addresses_section, orders_section
from shop.newsletter import SellersSegment, featured_product, product_chooser_viewset
from shop.sellers.selectors import sellers_public
from users.hooks import (
    ACCOUNT_DELETION_STEPS,
    ACCOUNT_PANELS,
    DATA_EXPORT_SECTIONS,
    AccountPanel,
)


@hooks.register(ACCOUNT_PANELS)
def shop_panel(request):
    return AccountPanel(
        key="shop",
        title=_("My shop and orders"),
        template_name="shop/includes/account_panel.html",
    )


# Before courses' section: the download has always listed the orders first.
@hooks.register(DATA_EXPORT_SECTIONS, order=-1)
def shop_data_export():
    return {"shop_orders": orders_section, "shop_addresses": addresses_section}


hooks.register(ACCOUNT_DELETION_STEPS, orders_anonymise)


@hooks.register(NAVIGATION_AREAS)
def shop_area():
    return NavigationArea(key="shop", label=_("Shop"), url_name="catalogue:index")


@hooks.register(SEGMENTS)
def sellers_segment():
    return [SellersSegment()]


@hooks.register(FEATURED_BLOCKS)
def featured_product_block():
    return featured_product()


@hooks.register("register_admin_viewset")
def register_product_chooser():
    return product_chooser_viewset


@hooks.register(JOB_POSTERS)
def shop_job_posters(user):
    """The approved shops a person runs post job offers as themselves."""
    return [
        Poster(
            key=f"shop:{partner.pk}",
            label=partner.name,
            kind_label=_("Shop"),
            public_url=partner.get_absolute_url(),
            town=partner.city,
            region=partner.region,
        )
        for partner in sellers_public().filter(users=user)
    ]
