"""Two people and one seat, in a real browser on a phone: the first registers
and gets the confirmation with the .ics, the second joins the waiting list;
the first cancels and the second is promoted, by email. The organiser sees
both on the attendee list."""

import re

import icalendar
import pytest
from django.core import mail
from playwright.sync_api import expect

from events.registrations.models import Registration
from tests.e2e.axe import assert_no_axe_violations
from tests.e2e.conftest import log_in, shot
from tests.factories import UserFactory
from tests.factories.registrations import event_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 360, "height": 780}


def test_one_seat_two_people_waiting_list_and_promotion(site, page_factory, tmp_path):
    event = event_page(
        title="Taller de exportación",
        capacity=1,
        format="online",
        online_url="https://meet.example.org/taller",
    )
    marta = UserFactory(display_name="Marta Ruiz", preferred_language="es")
    rui = UserFactory(display_name="Rui Costa", preferred_language="pt")
    box = f"/es/registrations/event/{event.pk}/"
    mail.outbox.clear()

    # Marta: anonymous, sent to log in, back on the box; one seat left.
    first = page_factory(viewport=PHONE)
    first.goto(site + box)
    expect(first).to_have_url(re.compile(r"/accounts/login/"))
    log_in(first, marta.email)
    expect(first).to_have_url(re.compile(re.escape(box) + "$"))
    expect(first.locator(".reg-seats")).to_contain_text("1")
    assert_no_axe_violations(first)
    shot(first, tmp_path, "01-box-before")
    first.locator(".reg-actions button[type=submit]").click()
    expect(first.locator(".reg-current")).to_contain_text(re.compile("Confirm", re.I))
    expect(first.locator(".reg-online")).to_contain_text("meet.example.org/taller")
    assert_no_axe_violations(first)
    shot(first, tmp_path, "02-confirmed")

    confirmation = [m for m in mail.outbox if m.to == [marta.email]]
    assert len(confirmation) == 1
    filename, content, mimetype = confirmation[0].attachments[0]
    assert (filename, mimetype) == ("event.ics", "text/calendar")
    calendar = icalendar.Calendar.from_ical(content)
    assert (
        str(next(iter(calendar.walk("VEVENT")))["SUMMARY"]) == "Taller de exportación"
    )

    # Rui: the event is full, he joins the waiting list and sees no link.
    second = page_factory(viewport=PHONE, locale="pt-PT")
    second.goto(site + "/accounts/login/?next=" + box)
    log_in(second, rui.email)
    expect(second).to_have_url(re.compile(re.escape(box) + "$"))
    second.locator(".reg-actions button[type=submit]").click()
    expect(second.locator(".reg-current")).to_contain_text("1")
    expect(second.locator(".reg-online")).to_have_count(0)
    assert_no_axe_violations(second)
    shot(second, tmp_path, "03-waiting")
    assert Registration.objects.get(person=rui).status == "waiting"

    # Marta cancels; Rui is promoted and told by email, with the .ics.
    mail.outbox.clear()
    first.locator(".reg-actions button[type=submit]").click()
    expect(first.locator(".reg-current")).to_contain_text(
        re.compile("Sin inscripción|Not registered", re.I)
    )
    shot(first, tmp_path, "04-cancelled")
    assert Registration.objects.get(person=rui).status == "confirmed"
    promoted = [m for m in mail.outbox if m.to == [rui.email]]
    assert len(promoted) == 1 and promoted[0].attachments
    second.reload()
    expect(second.locator(".reg-online")).to_contain_text("meet.example.org/taller")
    shot(second, tmp_path, "05-promoted")

    # My events, on the phone.
    second.goto(site + "/es/registrations/")
    expect(second.locator("main")).to_contain_text("Taller de exportación")
    assert_no_axe_violations(second)
    shot(second, tmp_path, "06-my-events")

    # The organiser (staff) sees the attendee list on a phone.
    staff = UserFactory(is_staff=True, is_superuser=True)
    organiser = page_factory(viewport=PHONE)
    organiser.goto(site + "/accounts/login/?next=" + box + "attendees/")
    log_in(organiser, staff.email)
    expect(organiser.locator(".reg-table")).to_contain_text("Rui Costa")
    assert_no_axe_violations(organiser)
    shot(organiser, tmp_path, "07-attendees")
    print(f"\nscreenshots in {tmp_path}")
