"""Through Wagtail's own editor: a staff member in Lisbon creates a Madrid
event by typing Madrid times; a bad event is refused with a message and not
saved; the event's times come back in Madrid time on the edit form."""

import datetime

import pytest
from wagtail.test.utils.form_data import nested_form_data, rich_text

from events.models import EventPage
from tests.factories import UserFactory
from tests.factories.events import event_index

pytestmark = pytest.mark.django_db


def _post_data(**changes):
    data = {
        "title": "Desayuno de networking",
        "slug": "desayuno-admin",
        "description": rich_text("<p>Café y contactos.</p>"),
        "image_alt": "",
        "time_zone": "Europe/Madrid",
        "start": "2027-07-01 09:00",
        "end": "2027-07-01 11:00",
        "format": "in_person",
        "venue": "Cámara",
        "address": "Calle Mayor 1",
        "town": "Badajoz",
        "region": "es-ex",
        "online_url": "",
        "languages": ["es"],
        "capacity": "",
        "registration_deadline": "",
        "price": "",
        "topic": "",
        "comments": [],
    }
    data.update(changes)
    return nested_form_data(data)


@pytest.fixture
def staff(client):
    user = UserFactory(is_staff=True, is_superuser=True)
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(user)
    profile.current_time_zone = "Europe/Lisbon"
    profile.preferred_language = "en"  # the messages below, in English
    profile.save()
    client.force_login(user)
    return user


def test_staff_in_lisbon_types_madrid_times(client, staff):
    index = event_index()
    url = f"/cms/pages/add/events/eventpage/{index.pk}/"
    response = client.post(url, _post_data(action_publish="publish"))
    assert response.status_code == 302, response.content.decode()[-2000:]
    event = EventPage.objects.get(slug="desayuno-admin")
    assert event.start == datetime.datetime(2027, 7, 1, 7, 0, tzinfo=datetime.UTC)
    edit = client.get(f"/cms/pages/{event.pk}/edit/").content.decode()
    assert "2027-07-01 09:00" in edit


def test_a_bad_event_is_refused_and_not_saved(client, staff):
    index = event_index()
    url = f"/cms/pages/add/events/eventpage/{index.pk}/"
    response = client.post(
        url, _post_data(end="2027-07-01 08:00", capacity="0", action_publish="publish")
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "The event must end after it starts." in html
    assert "at least one place" in html
    assert not EventPage.objects.filter(slug="desayuno-admin").exists()


def test_previewing_a_new_event_shows_it(client, staff):
    index = event_index()
    url = f"/cms/pages/add/events/eventpage/{index.pk}/preview/"
    posted = client.post(url, _post_data())
    assert posted.json()["is_valid"] is True
    shown = client.get(url)
    assert shown.status_code == 200
    assert "Desayuno de networking" in shown.content.decode()


def test_previewing_an_event_under_edit_shows_it(client, staff):
    index = event_index()
    client.post(
        f"/cms/pages/add/events/eventpage/{index.pk}/",
        _post_data(action_publish="publish"),
    )
    event = EventPage.objects.get(slug="desayuno-admin")
    url = f"/cms/pages/{event.pk}/edit/preview/"
    client.post(url, _post_data(title="Nuevo título"))
    shown = client.get(url)
    assert shown.status_code == 200
    assert "Nuevo título" in shown.content.decode()
