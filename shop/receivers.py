"""The news wall hears when a shop opens: the moment staff approve its trader
details, its storefront becomes public (Partner.can_sell)."""

from django.db.models.signals import post_save
from oscar.core.loading import get_model


def _shop_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not instance.can_sell:
        return
    if update_fields is not None and "trader_status" not in update_fields:
        return
    from django.utils import translation

    from news.services import LANGUAGE_CODES, Kind, wall_record

    urls = {}
    for code in LANGUAGE_CODES:
        with translation.override(code):
            urls[code] = instance.get_absolute_url()
    # About the shop, which is public once approved, not about a person.
    wall_record(
        Kind.SHOP_OPENED,
        key=f"shop:{instance.pk}",
        titles={code: instance.name for code in LANGUAGE_CODES},
        urls=urls,
    )


def connect() -> None:
    post_save.connect(
        _shop_saved, sender=get_model("partner", "Partner"), dispatch_uid="shop_wall"
    )
