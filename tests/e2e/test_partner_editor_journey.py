"""A partner's editor, from the staff's invitation to a published profile:
staff invite by email in the Wagtail admin, the editor follows the emailed
link, signs in, accepts, lands in the admin on their organisation (and only
theirs), edits its description and publishes it."""

import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from playwright.sync_api import expect

from organisations.models import OrganisationPage
from tests.e2e.axe import assert_no_axe_violations
from tests.e2e.conftest import log_in, shot
from tests.factories import UserFactory
from tests.factories.organisations import organisation_page, organisation_translation

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 360, "height": 780}


def test_staff_invite_an_editor_who_publishes_their_profile(
    site, page_factory, tmp_path
):
    staff = UserFactory(is_staff=True, is_superuser=True, display_name="Lucía Staff")
    badajoz = organisation_page(title="Ayuntamiento de Badajoz", slug="badajoz")
    organisation_translation(badajoz, "en")
    organisation_page(
        title="Cámara de Comercio de Sevilla",
        slug="camara-sevilla",
        kind="chamber",
        town="Sevilla",
        region="es-an",
    )
    rocio = UserFactory(email="rocio@badajoz.example", display_name="Rocío Vela")
    mail.outbox = []
    shots = []

    # Staff invite Rocío from the admin's "Organisation editors" screen.
    admin = page_factory()
    admin.goto(site + "/es/accounts/login/?next=/cms/organisations/editors/")
    log_in(admin, staff.email)
    expect(admin).to_have_url(re.compile(r"/cms/organisations/editors/$"))
    row = admin.locator("tr", has_text="Ayuntamiento de Badajoz")
    row.locator("a", has_text=re.compile("Invit")).click()
    admin.locator("input[name=email]").fill(rocio.email)
    admin.locator("select[name=language]").select_option("es")
    shots.append(shot(admin, tmp_path, "00-staff-invite"))
    admin.locator("main form button[type=submit]").click()
    expect(admin).to_have_url(re.compile(r"/cms/organisations/editors/$"))
    expect(admin.locator("main")).to_contain_text(rocio.email)

    # The email carries the link.
    (message,) = [m for m in mail.outbox if m.to == [rocio.email]]
    link = re.search(r"https?://\S+/partners/invitations/\S+/", message.body)[0]
    path = urlsplit(link).path
    assert path.startswith("/es/partners/invitations/")

    # Rocío, on her phone: the link, the log-in, the acceptance.
    phone = page_factory(viewport=PHONE)
    phone.goto(site + path)
    expect(phone.locator("main")).to_contain_text("Ayuntamiento de Badajoz")
    assert_no_axe_violations(phone)
    shots.append(shot(phone, tmp_path, "01-invitation-360"))
    phone.locator("main a.button").first.click()
    log_in(phone, rocio.email)
    expect(phone).to_have_url(re.compile(re.escape(path) + "$"))
    phone.locator("main form button[type=submit]").click()
    expect(phone).to_have_url(re.compile(rf"/cms/pages/{badajoz.pk}/$"))
    expect(phone.locator("main")).to_contain_text("Ayuntamiento de Badajoz")
    shots.append(shot(phone, tmp_path, "02-admin-360"))

    # In the admin, on a desktop: her organisation and nothing of the others'.
    desk = page_factory()
    desk.goto(site + "/es/accounts/login/?next=/cms/pages/")
    log_in(desk, rocio.email)
    desk.goto(site + f"/cms/pages/{badajoz.pk}/")
    expect(desk.locator("main")).to_contain_text("Ayuntamiento de Badajoz")
    expect(desk.locator("main")).not_to_contain_text("Cámara de Comercio de Sevilla")

    # She edits the description and publishes.
    desk.goto(site + f"/cms/pages/{badajoz.pk}/edit/")
    editor = desk.locator("[data-contentpath=description] [contenteditable=true]")
    editor.click()
    desk.keyboard.press("Control+A")
    desk.keyboard.type(
        "Oficina de desarrollo local: te ayudamos a emprender en Badajoz."
    )
    # Draftail writes its hidden input when the editor loses focus.
    desk.keyboard.press("Tab")
    expect(desk.locator("input[name=description]")).to_have_value(
        re.compile("te ayudamos a emprender en Badajoz")
    )
    shots.append(shot(desk, tmp_path, "03-edit-desktop"))
    desk.locator(
        "footer .w-dropdown__toggle, footer [data-w-dropdown-target=toggle]"
    ).first.click()
    desk.locator("button[name=action-publish]").click()
    desk.wait_for_load_state("networkidle")
    shots.append(shot(desk, tmp_path, "04-published-desktop"))
    badajoz = OrganisationPage.objects.get(pk=badajoz.pk)
    assert "te ayudamos a emprender en Badajoz" in badajoz.description
    assert badajoz.live and not badajoz.has_unpublished_changes

    # The public profile shows it, on a phone.
    phone.goto(site + badajoz.url)
    expect(phone.locator("main")).to_contain_text("te ayudamos a emprender en Badajoz")
    assert_no_axe_violations(phone)
    shots.append(shot(phone, tmp_path, "05-profile-360"))
    phone.goto(site + "/es/organizaciones/?region=es-ex")
    expect(phone.locator(".org-card")).to_have_count(1)
    assert_no_axe_violations(phone)
    shots.append(shot(phone, tmp_path, "06-directory-360"))
    print("\nscreenshots:\n  " + "\n  ".join(str(p) for p in shots))
