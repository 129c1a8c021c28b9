"""Keep the public pages of the board current: any change to an offer purges
the list and the offer's page."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from jobs.models import JobOffer
from rumbo import page_cache


@receiver(post_save, sender=JobOffer)
@receiver(post_delete, sender=JobOffer)
def offer_pages_purge(sender, instance, **kwargs) -> None:
    page_cache.purge("jobs", f"job:{instance.pk}")
