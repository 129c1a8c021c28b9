"""The network's whole story in a real browser: a partner's editor publishes
an event in the Wagtail admin; a visitor on a phone finds it by region,
registers and gets the confirmation with its .ics; the one place is gone, so
the next person joins the waiting list, and is promoted when the first
cancels."""

import re
from datetime import timedelta

import icalendar
import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from events.models import EventPage
from events.registrations.models import Registration
from tests.e2e.axe import assert_no_axe_violations
from tests.e2e.conftest import log_in, shot
from tests.factories import UserFactory
from tests.factories.events import event_index
from tests.factories.organisations import editor_of, organisation_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 360, "height": 780}


def _publish(page) -> None:
    page.locator(
        "footer .w-dropdown__toggle, footer [data-w-dropdown-target=toggle]"
    ).first.click()
    page.locator("button[name=action-publish]").click()
    page.wait_for_load_state("networkidle")


def test_an_editor_publishes_an_event_that_fills_and_promotes_the_next_person(
    site, page_factory, tmp_path
):
    event_index("es")
    badajoz = organisation_page(title="Ayuntamiento de Badajoz", slug="badajoz")
    organisation_page(title="Cámara de Lisboa", slug="lisboa", region="pt-li")
    rocio = editor_of(badajoz, UserFactory(display_name="Rocío Vela"))
    marta = UserFactory(display_name="Marta Ruiz", preferred_language="es")
    rui = UserFactory(display_name="Rui Costa", preferred_language="pt")
    day = (timezone.localdate() + timedelta(days=12)).isoformat()
    shots = []

    # Rocío, the council's editor, adds an event under her organisation.
    desk = page_factory()
    desk.goto(site + "/es/accounts/login/?next=/cms/")
    log_in(desk, rocio.email)
    desk.goto(site + f"/cms/pages/add/events/eventpage/{badajoz.pk}/")
    desk.locator("input[name=title]").fill("Desayuno de emprendedores en Badajoz")
    description = desk.locator("[data-contentpath=description] [contenteditable=true]")
    description.click()
    desk.keyboard.type("Un café para conocer a otras personas que emprenden.")
    desk.keyboard.press("Tab")
    desk.locator("input[name=start]").fill(f"{day} 09:30")
    desk.locator("input[name=end]").fill(f"{day} 11:00")
    desk.locator("select[name=time_zone]").select_option("Europe/Madrid")
    desk.locator("select[name=format]").select_option("in_person")
    desk.locator("input[name=venue]").fill("Edificio Siglo XXI")
    desk.locator("input[name=address]").fill("Avenida de Europa 1")
    desk.locator("input[name=town]").fill("Badajoz")
    desk.locator("select[name=region]").select_option("es-ex")
    desk.locator("input[name=languages][value=es]").check()
    desk.locator("input[name=capacity]").fill("1")
    topic = desk.locator("select[name=topic]")
    if topic.count():
        topic.select_option("networking")
    shots.append(shot(desk, tmp_path, "00-editor-adds-event"))
    _publish(desk)
    event = EventPage.objects.get(title="Desayuno de emprendedores en Badajoz")
    assert event.live and event.get_parent().pk == badajoz.pk
    assert timezone.localtime(event.start, event.zone).strftime("%H:%M") == "09:30"
    shots.append(shot(desk, tmp_path, "01-editor-published"))

    # Marta, on her phone, finds it among the events of Extremadura.
    phone = page_factory(viewport=PHONE)
    phone.goto(site + "/es/events/")
    phone.locator("select[name=region]").select_option("es-ex")
    phone.locator("main form button[type=submit]").first.click()
    expect(phone).to_have_url(re.compile(r"region=es-ex"))
    card = phone.locator("main a", has_text="Desayuno de emprendedores en Badajoz")
    expect(card.first).to_be_visible()
    assert_no_axe_violations(phone)
    shots.append(shot(phone, tmp_path, "02-found-by-region-360"))
    card.first.click()
    expect(phone.locator("main")).to_contain_text("Edificio Siglo XXI")
    expect(phone.locator("main")).to_contain_text("09:30")
    shots.append(shot(phone, tmp_path, "03-event-360"))

    # She registers through the event's registration box.
    phone.locator(f'main a[href*="/registrations/event/{event.pk}/"]').first.click()
    log_in(phone, marta.email)
    expect(phone).to_have_url(re.compile(rf"/registrations/event/{event.pk}/$"))
    mail.outbox.clear()
    phone.locator(".reg-actions button[type=submit]").click()
    expect(phone.locator(".reg-current")).to_contain_text(re.compile("Confirm", re.I))
    assert_no_axe_violations(phone)
    shots.append(shot(phone, tmp_path, "04-registered-360"))
    (confirmation,) = [m for m in mail.outbox if m.to == [marta.email]]
    filename, content, mimetype = confirmation.attachments[0]
    assert mimetype == "text/calendar" and filename.endswith(".ics")
    (vevent,) = icalendar.Calendar.from_ical(content).walk("VEVENT")
    assert str(vevent["SUMMARY"]) == "Desayuno de emprendedores en Badajoz"

    # The place is gone: Rui goes on the waiting list.
    other = page_factory(viewport=PHONE, locale="pt-PT")
    box = f"/pt/registrations/event/{event.pk}/"
    other.goto(site + "/pt/accounts/login/?next=" + box)
    log_in(other, rui.email)
    other.locator(".reg-actions button[type=submit]").click()
    expect(other.locator(".reg-current")).to_contain_text("1")
    shots.append(shot(other, tmp_path, "05-waiting-360"))
    assert Registration.objects.get(person=rui).status == "waiting"

    # Marta cancels; Rui has the place and an email saying so.
    mail.outbox.clear()
    phone.locator(".reg-actions button[type=submit]").click()
    expect(phone.locator(".reg-current")).not_to_contain_text(
        re.compile("Confirm", re.I)
    )
    assert Registration.objects.get(person=rui).status == "confirmed"
    assert [m for m in mail.outbox if m.to == [rui.email]]
    other.reload()
    shots.append(shot(other, tmp_path, "06-promoted-360"))

    # Rocío sees Rui on the attendee list of her event.
    desk.goto(site + f"/es/registrations/event/{event.pk}/attendees/")
    expect(desk.locator("main")).to_contain_text("Rui Costa")
    shots.append(shot(desk, tmp_path, "07-attendees"))
    print("\nscreenshots:\n  " + "\n  ".join(str(p) for p in shots))
