"""Every organisation page, however it was made (the admin's create view,
copy_for_translation, a script, the demo), gets its editors' access."""

from django.db.models.signals import post_save


def organisation_saved(sender, instance, created, raw=False, **kwargs):
    if raw:  # loaddata: the fixture holds the group and permissions already
        return
    if created or not (instance.editors_id and instance.collection_id):
        from organisations.services import organisation_access_ensure

        organisation_access_ensure(page=instance)


def connect() -> None:
    from organisations.models import OrganisationPage

    post_save.connect(
        organisation_saved, sender=OrganisationPage, dispatch_uid="organisation_access"
    )
