"""Event pages and registrations for registration tests: the events and
organisations factories, with a place limit, and registrations made through
the service, as people make them."""

from events.models import EventPage
from events.registrations.services import registration_create
from tests.factories import events as event_factories
from tests.factories import organisations as organisation_factories
from tests.factories.users import UserFactory

event_index = event_factories.event_index


def event_page(parent=None, **kwargs) -> EventPage:
    """A live in-person event in a week with ten places, under ``parent``
    (the Spanish calendar by default)."""
    kwargs.setdefault("capacity", 10)
    return event_factories.event_page(parent, **kwargs)


def translate(event: EventPage, locale: str = "pt", **changes) -> EventPage:
    """A copy of ``event`` in another locale, under that locale's calendar."""
    translated = event.copy_for_translation(
        event.locale.__class__.objects.get(language_code=locale),
        copy_parents=True,
    )
    for name, value in changes.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    translated.refresh_from_db()
    return translated


def register(event: EventPage, person=None):
    return registration_create(event=event, person=person or UserFactory())


def organisation(name: str = "Cámara de Huelva", locale: str = "es"):
    """An organisation whose editors' group may add, edit and publish pages
    under it (set up as for any organisation page)."""
    index = organisation_factories.organisation_index(locale)
    return organisation_factories.organisation_page(index, title=name)


def editor_of(organisation_page) -> object:
    return organisation_factories.editor_of(organisation_page, UserFactory())
