"""What purges the public page cache (rumbo.page_cache) besides the pages
themselves (home.page_cache): instructors, topics and certificates."""

from django.db.models.signals import post_delete, post_save

from rumbo import page_cache


def _purge(tag: str):
    def receiver(sender, instance, **kwargs):
        page_cache.purge(tag)

    return receiver


def _certificate_changed(sender, instance, **kwargs):
    # Storefronts show their owner's certificates; the revocation lists
    # (certificates/credential_views.py) must show a revocation at once.
    page_cache.purge(
        f"certificate:{instance.code}", "certificates", "certificates:status"
    )


def connect() -> None:
    from courses.certificates.models import Certificate
    from courses.models import Instructor, Topic

    for model, tag in ((Instructor, "instructors"), (Topic, "topics")):
        receiver = _purge(tag)
        post_save.connect(receiver, sender=model, weak=False)
        post_delete.connect(receiver, sender=model, weak=False)
    post_save.connect(_certificate_changed, sender=Certificate)
    post_delete.connect(_certificate_changed, sender=Certificate)
