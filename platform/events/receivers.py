"""The calendar names each event's organiser: when an organisation's page
changes (renamed, unpublished), the locale's calendar pages go stale."""

from rumbo import page_cache


def on_organisation_changed(sender, instance, **kwargs):
    page_cache.purge(f"events:{instance.locale_id}")


def connect() -> None:
    from wagtail.signals import page_published, page_unpublished

    from organisations.models import OrganisationPage

    for signal in (page_published, page_unpublished):
        signal.connect(
            on_organisation_changed,
            sender=OrganisationPage,
            dispatch_uid=f"events_organisation_{signal is page_published}",
        )
