"""The event editor: times typed as the event's own wall-clock times, in
whatever zone the editor is; and the rules an event must keep."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone, translation
from wagtail.test.utils.form_data import nested_form_data, rich_text

from events.models import EventPage
from tests.factories.events import event_index, event_page

pytestmark = pytest.mark.django_db


def _form(data=None, instance=None):
    form_class = EventPage.get_edit_handler().get_form_class()
    parent = event_index()
    return form_class(
        data, instance=instance or EventPage(locale=parent.locale), parent_page=parent
    )


def _data(**changes) -> dict:
    data = {
        "title": "Desayuno de networking",
        "slug": "desayuno",
        "description": rich_text("<p>Café y contactos.</p>"),
        "image_alt": "",
        "time_zone": "Europe/Madrid",
        "start": "2027-03-10 09:00",
        "end": "2027-03-10 11:00",
        "format": "in_person",
        "venue": "Cámara de Comercio",
        "address": "Calle Mayor 1",
        "town": "Badajoz",
        "region": "es-ex",
        "online_url": "",
        "languages": ["es"],
        "capacity": "",
        "registration_deadline": "",
        "price": "",
        "topic": "networking",
        "comments": [],
    }
    data.update(changes)
    return nested_form_data(data)


def test_times_are_read_in_the_events_zone_whatever_the_editors():
    with timezone.override(ZoneInfo("Atlantic/Azores")):
        form = _form(_data(time_zone="Europe/Lisbon"))
        assert form.is_valid(), form.errors
    assert form.cleaned_data["start"] == datetime.datetime(
        2027, 3, 10, 9, 0, tzinfo=datetime.UTC
    )
    with timezone.override(ZoneInfo("Atlantic/Azores")):
        form = _form(_data(time_zone="Europe/Madrid"))
        assert form.is_valid(), form.errors
    assert form.cleaned_data["start"] == datetime.datetime(
        2027, 3, 10, 8, 0, tzinfo=datetime.UTC
    )


def test_an_event_is_shown_to_the_editor_in_its_own_zone():
    event = event_page(
        time_zone="Europe/Lisbon",
        start=datetime.datetime(2027, 7, 1, 8, 30, tzinfo=datetime.UTC),
    )
    with timezone.override(ZoneInfo("Europe/Madrid")):
        form = _form(instance=event)
        html = str(form["start"])
    assert "09:30" in html  # Lisbon summer time, not Madrid's 10:30


def test_a_time_the_clocks_skip_is_refused_and_a_doubled_one_is_the_first():
    # Madrid moves from 02:00 to 03:00 on 28 March 2027; back on 31 October.
    with timezone.override(ZoneInfo("Europe/Lisbon")):
        skipped = _form(_data(start="2027-03-28 02:30", end="2027-03-28 05:00"))
        assert not skipped.is_valid()
        with translation.override("en"):
            assert "clocks go forward" in str(skipped.errors["start"])
        doubled = _form(_data(start="2027-10-31 02:30", end="2027-10-31 04:00"))
        assert doubled.is_valid(), doubled.errors
    assert doubled.cleaned_data["start"] == datetime.datetime(
        2027, 10, 31, 0, 30, tzinfo=datetime.UTC
    )


def test_across_the_spring_change_the_duration_is_real_time():
    form = _form(_data(start="2027-03-27 22:00", end="2027-03-28 04:00"))
    assert form.is_valid(), form.errors
    assert form.cleaned_data["end"] - form.cleaned_data["start"] == datetime.timedelta(
        hours=5
    )


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"end": "2027-03-10 08:00"}, "end", "end after it starts"),
        ({"end": "2027-03-10 09:00"}, "end", "end after it starts"),
        (
            {"registration_deadline": "2027-03-10 12:00"},
            "registration_deadline",
            "before the event ends",
        ),
        ({"capacity": "0"}, "capacity", "at least one place"),
        ({"capacity": "-5"}, "capacity", "at least one place"),
        ({"price": "-1"}, "price", "cannot be negative"),
        ({"town": ""}, "town", "town"),
        ({"region": ""}, "region", "region"),
        ({"venue": "", "address": ""}, "venue", "venue or the address"),
        ({"format": "online", "online_url": ""}, "online_url", "link"),
        ({"start": "yesterday"}, "start", ""),
        ({"time_zone": "Mars/Olympus"}, "time_zone", ""),
    ],
)
def test_bad_events_are_refused_with_a_clear_message(changes, field, message):
    form = _form(_data(**changes))
    assert not form.is_valid()
    assert field in form.errors
    with translation.override("en"):
        assert message in str(form.errors[field])


def test_an_online_event_needs_no_place():
    form = _form(
        _data(
            format="online",
            online_url="https://meet.example.org/r",
            venue="",
            address="",
            town="",
            region="",
        )
    )
    assert form.is_valid(), form.errors


def test_capacity_and_price_when_sound_are_kept():
    form = _form(
        _data(capacity="1", price="0", registration_deadline="2027-03-10 10:00")
    )
    assert form.is_valid(), form.errors
    assert form.cleaned_data["capacity"] == 1
    assert form.cleaned_data["registration_deadline"] == datetime.datetime(
        2027, 3, 10, 9, 0, tzinfo=datetime.UTC
    )


def test_image_needs_its_description():
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    image = Image.objects.create(title="x", file=get_test_image_file())
    form = _form(_data(image=str(image.pk), image_alt=""))
    assert not form.is_valid()
    assert "image_alt" in form.errors
