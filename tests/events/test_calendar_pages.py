"""The public calendar: the list with its filters, past events, pagination,
the month view and the event page, for every role; bad input never a 500."""

import datetime
import re

import pytest
from django.utils import timezone

from events.views import PER_PAGE
from tests.factories import UserFactory
from tests.factories.events import event_index, event_page

pytestmark = pytest.mark.django_db


def _titles(response) -> list[str]:
    html = response.content.decode()
    return re.findall(r'class="event-card__title"><a href="[^"]+">([^<]+)</a>', html)


def _soon(days: int) -> datetime.datetime:
    return timezone.now() + datetime.timedelta(days=days)


@pytest.fixture
def organisation():
    from home.models import HomePage
    from organisations.models import OrganisationIndexPage, OrganisationPage

    home = HomePage.objects.get(locale__language_code="es")
    directory = OrganisationIndexPage.objects.child_of(home).first()
    if directory is None:
        directory = home.add_child(
            instance=OrganisationIndexPage(title="Entidades", slug="entidades")
        )
    org = directory.add_child(
        instance=OrganisationPage(
            title="Cámara de Badajoz",
            slug="camara-badajoz",
            town="Badajoz",
            region="es-ex",
        )
    )
    org.save_revision().publish()
    return org


def test_upcoming_by_default_soonest_first_past_on_request(client):
    event_index()
    event_page(title="Later", start=_soon(10))
    event_page(title="Sooner", start=_soon(2))
    event_page(title="Over", start=_soon(-3))
    assert _titles(client.get("/es/events/")) == ["Sooner", "Later"]
    assert _titles(client.get("/es/events/?when=past")) == ["Over"]


def test_an_event_still_on_is_upcoming():
    now = timezone.now()
    event = event_page(start=now - datetime.timedelta(hours=1))
    assert event.end > now


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("region=pt-li", ["Lisboa online"]),
        ("town=badajoz", ["Badajoz breakfast"]),
        ("format=online", ["Lisboa online"]),
        ("format=in_person", ["Badajoz breakfast"]),
        ("topic=financing", ["Lisboa online"]),
        ("language=pt", ["Lisboa online"]),
        ("language=es", ["Badajoz breakfast", "Lisboa online"]),
    ],
)
def test_filters(client, query, expected):
    event_index()
    event_page(title="Badajoz breakfast", start=_soon(1))
    event_page(
        title="Lisboa online",
        start=_soon(2),
        format="online",
        online_url="https://meet.example.org/x",
        region="pt-li",
        town="Lisboa",
        topic="financing",
        languages=["pt", "es"],
        time_zone="Europe/Lisbon",
    )
    assert _titles(client.get(f"/es/events/?{query}")) == expected


def test_filter_by_organiser_and_organiser_shown(client, organisation):
    event_index()
    event_page(title="Programme's own", start=_soon(1))
    event_page(organisation, title="Chamber event", start=_soon(2))
    response = client.get("/es/events/?organiser=camara-badajoz")
    assert _titles(response) == ["Chamber event"]
    by_id = client.get(f"/es/events/?organiser={organisation.pk}")
    assert _titles(by_id) == ["Chamber event"]
    assert "Cámara de Badajoz" in response.content.decode()
    everything = client.get("/es/events/").content.decode()
    assert everything.count('class="event-card__organiser"') == 2


@pytest.mark.parametrize(
    "query",
    [
        "region=mars",
        "organiser=nobody",
        "language=klingon",
        "when=tomorrow",
        "page=abc",
        "page=99999",
        "page=-1",
        "topic=" + "x" * 500,
        "town=" + "y" * 500,
        "format[]=online",
        "region=pt-li&region=es-md",
    ],
)
def test_bad_filter_values_never_500(client, query):
    event_index()
    event_page(title="Uno")
    response = client.get(f"/es/events/?{query}")
    assert response.status_code == 200


def test_nul_byte_in_a_filter_is_not_a_500(client):
    event_index()
    assert client.get("/es/events/?town=%00").status_code in (200, 400)


def test_pagination(client):
    index = event_index()
    from tests.factories.events import events_bulk

    events_bulk(index, PER_PAGE * 2 + 5, first=1)  # the 0th would be past
    first = client.get("/es/events/")
    assert len(_titles(first)) == PER_PAGE
    assert "page=2" in first.content.decode()
    third = client.get("/es/events/?page=3")
    assert 0 < len(_titles(third)) < PER_PAGE


def test_month_view_places_events_on_their_local_date(client):
    event_index()
    # 23:30 UTC on 31 Dec is 00:30 on 1 January in Madrid, still 31 Dec in Lisbon.
    instant = datetime.datetime(2026, 12, 31, 23, 30, tzinfo=datetime.UTC)
    event_page(title="Nochevieja Lisboa", start=instant, time_zone="Europe/Lisbon")
    event_page(title="Año nuevo Madrid", start=instant, time_zone="Europe/Madrid")
    december = client.get("/es/events/month/2026/12/").content.decode()
    january = client.get("/es/events/month/2027/1/").content.decode()
    assert "Nochevieja Lisboa" in december and "Año nuevo Madrid" not in december
    assert "Año nuevo Madrid" in january and "Nochevieja Lisboa" not in january
    assert "/es/events/month/2026/11/" in december
    assert "/es/events/month/2027/1/" in december
    assert "<table" in december and 'scope="col"' in december


@pytest.mark.parametrize(
    "path", ["month/2026/13/", "month/2026/0/", "month/1900/1/", "month/99999/1/"]
)
def test_month_view_out_of_range_is_not_found(client, path):
    event_index()
    assert client.get(f"/es/events/{path}").status_code == 404


def test_this_month(client):
    event_index()
    event_page(title="Pronto", start=timezone.now() + datetime.timedelta(minutes=5))
    response = client.get("/es/events/month/")
    assert response.status_code == 200


def test_event_page_shows_times_in_its_zone_and_the_other_mainland_zone(client):
    event_index()
    event = event_page(
        start=datetime.datetime(2027, 1, 20, 9, 0, tzinfo=datetime.UTC),
        price="12.50",
        capacity=25,
        registration_deadline=datetime.datetime(2027, 1, 19, 12, tzinfo=datetime.UTC),
    )
    html = client.get(event.url).content.decode()
    assert "10:00" in html and "CET" in html  # Madrid in winter
    assert re.search(r"09:00–11:00 Lisbo[an]", html)  # the other mainland zone
    assert "openstreetmap.org/search?query=" in html
    assert "12,50" in html or "12.50" in html
    assert "25" in html
    assert "local-time.js" in html
    assert "<script>" not in html


def test_a_canary_event_shows_madrid_but_not_lisbon(client):
    event_index()
    event = event_page(
        start=datetime.datetime(2027, 1, 20, 9, 0, tzinfo=datetime.UTC),
        time_zone="Atlantic/Canary",
        region="es-cn",
        town="Las Palmas",
    )
    html = client.get(event.url).content.decode()
    assert "09:00" in html and "WET" in html
    assert "10:00–12:00 Madrid" in html
    assert not re.search(r"Lisbo[an]\)", html)


def test_online_event_page_hides_the_link(client):
    event_index()
    event = event_page(
        format="online",
        online_url="https://meet.example.org/secret",
        venue="",
        address="",
    )
    html = client.get(event.url).content.decode()
    assert "secret" not in html
    assert "openstreetmap" not in html


def test_cancelled_event_has_a_banner_and_no_registration(client):
    event_index()
    event = event_page(cancelled=True)
    html = client.get(event.url).content.decode()
    assert 'class="event__cancelled"' in html
    assert (
        'class="button"'
        not in html.split('id="registration"')[1].split("</section>")[0]
    )


@pytest.mark.parametrize("role", ["anonymous", "learner", "staff"])
def test_every_role_sees_the_same_public_calendar(client, role):
    event_index()
    event = event_page(
        title="Foro de expertos",
        format="online",
        online_url="https://x.example/s",
        venue="",
    )
    if role != "anonymous":
        client.force_login(
            UserFactory(is_staff=role == "staff", is_superuser=role == "staff")
        )
    for url in ("/es/events/", event.url, "/es/events/month/"):
        response = client.get(url)
        assert response.status_code == 200
        assert "Foro de expertos" in response.content.decode()
        assert "x.example/s" not in response.content.decode()


def test_list_and_event_page_are_publicly_cached_and_purged_on_publish(client):
    from rumbo.page_cache.tags import tags_of  # noqa: F401

    index = event_index()
    event = event_page(title="Primero")
    response = client.get("/es/events/")
    assert "Primero" in response.content.decode()
    event.title = "Cambiado"
    event.save_revision().publish()
    assert "Cambiado" in client.get("/es/events/").content.decode()
    assert "Cambiado" in client.get(f"/es/events/{event.pk}.ics").content.decode()
    assert index.page_cache_tags() == [f"events:{index.locale_id}"]
    assert f"events:{event.locale_id}" in event.page_cache_purges()


def test_a_partners_event_names_its_organiser_and_goes_stale_with_it(
    client, organisation
):
    from rumbo.page_cache.tags import tags_of

    event_index()
    event = event_page(organisation, title="Feria de la Cámara")
    response = client.get(event.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert f'href="{organisation.url}"' in html
    assert f"page:{organisation.pk}" in tags_of(response.wsgi_request)


def test_partner_event_page_query_count(
    client, organisation, django_assert_max_num_queries
):
    event_index()
    event = event_page(organisation)
    client.get("/es/")
    with django_assert_max_num_queries(15):
        assert client.get(event.url).status_code == 200


def test_renaming_an_organisation_refreshes_the_cached_calendar(client, organisation):
    event_index()
    event_page(organisation, title="Feria")
    assert "Cámara de Badajoz" in client.get("/es/events/").content.decode()
    organisation.title = "Cámara Oficial de Badajoz"
    organisation.save_revision().publish()
    assert "Cámara Oficial de Badajoz" in client.get("/es/events/").content.decode()
