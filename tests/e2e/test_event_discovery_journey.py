"""A visitor on a 360 px phone, somewhere in the Azores, finds an event in
Lisbon: the calendar, a filter by region, the event page with the times in
Lisbon, Madrid and (added in the browser) their own; the event's .ics; the
month view. axe on each page, nothing scrolls sideways."""

import datetime

import icalendar
import pytest
from django.utils import timezone
from playwright.sync_api import expect

from events.calendar import event_uid
from tests.e2e.axe import assert_no_axe_violations
from tests.e2e.conftest import shot
from tests.e2e.layout import assert_no_horizontal_scroll
from tests.factories.events import event_index, event_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 360, "height": 780}


def _checked(page) -> None:
    assert_no_axe_violations(page)
    assert_no_horizontal_scroll(page)


def _next_month_day(days: int) -> datetime.datetime:
    day = timezone.now() + datetime.timedelta(days=days)
    return day.replace(hour=9, minute=0, second=0, microsecond=0, tzinfo=datetime.UTC)


def test_visitor_finds_an_event_by_region_and_takes_it_to_their_calendar(
    site, page_factory, tmp_path
):
    event_index()
    lisbon = event_page(
        title="Feira transfronteiriça de empreendedorismo",
        start=_next_month_day(3),
        time_zone="Europe/Lisbon",
        region="pt-li",
        town="Lisboa",
        venue="Startup Lisboa",
        address="Rua da Prata 80",
        languages=["pt", "es"],
        capacity=40,
        price="10.00",
        topic="cross_border",
    )
    event_page(title="Desayuno de networking en Badajoz", start=_next_month_day(2))
    event_page(
        title="Webinar: tu primera tienda en línea",
        start=_next_month_day(4),
        format="online",
        online_url="https://meet.example.org/secret-room",
        venue="",
        address="",
    )

    page = page_factory(viewport=PHONE, timezone_id="Atlantic/Azores")
    page.goto(site + "/es/events/")
    expect(page.locator(".event-card")).to_have_count(3)
    _checked(page)
    shot(page, tmp_path, "00-calendar-360")

    page.locator("select[name=region]").select_option("pt-li")
    page.locator("form.filters button[type=submit]").click()
    expect(page.locator(".event-card")).to_have_count(1)
    expect(page.locator(".event-card")).to_contain_text("Lisboa")
    shot(page, tmp_path, "01-filtered-360")

    page.locator(".event-card__title a").click()
    expect(page.locator("h1")).to_have_text(lisbon.title)
    when = page.locator(".event-when").first
    expect(when).to_contain_text("Madrid")  # the other mainland zone
    # The visitor's own time (Azores), added by local-time.js.
    expect(when.locator(".event-when__visitor")).to_be_visible()
    expect(page.locator("main")).not_to_contain_text("secret-room")
    expect(page.locator("a[href*='openstreetmap.org/search']")).to_be_visible()
    _checked(page)
    shot(page, tmp_path, "02-event-360")

    with page.expect_download() as download_info:
        page.locator(".event__ics a").click()
    calendar = icalendar.Calendar.from_ical(download_info.value.path().read_bytes())
    (vevent,) = calendar.events
    assert str(vevent["uid"]) == event_uid(lisbon)
    assert vevent.start == lisbon.start

    page.goto(site + "/es/events/")
    page.locator(".calendar__views a[href*='/month/']").click()
    expect(page.locator("table.month")).to_be_visible()
    expect(page.locator(".month__events a").first).to_be_visible()
    _checked(page)
    shot(page, tmp_path, "03-month-360")
    page.locator(".month-nav a[rel=next]").click()
    expect(page.locator("h1")).to_be_visible()

    desktop = page_factory()
    desktop.goto(site + "/es/events/month/")
    expect(desktop.locator("table.month thead th")).to_have_count(7)
    _checked(desktop)
    shot(desktop, tmp_path, "04-month-desktop")
    print(f"\nscreenshots in {tmp_path}")
