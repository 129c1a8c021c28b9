"""A newsletter from first signature to unsubscribe, in a real browser: a visitor
subscribes from the footer and confirms; staff compose a newsletter featuring a
course in the Wagtail admin, target Portuguese-speaking learners, preview and
send it, and watch the progress bar; a reader unsubscribes from the email.
And staff import a CSV, asking the people without stated consent to confirm."""

import re

import pytest
from django.core import mail
from newsletters.models import Campaign, Delivery, Send, Subscriber
from playwright.sync_api import expect

from tests.e2e.conftest import log_in, shot
from tests.factories import UserFactory
from tests.factories.courses import course_index, course_page, enrol
from tests.factories.newsletters import SubscriberFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LINK = re.compile(r"https?://\S+")


def link_in(message, path_part: str) -> str:
    """The first link in a message's text part whose path contains `path_part`."""
    links = [url for url in LINK.findall(message.body) if path_part in url]
    assert links, f"no {path_part} link in:\n{message.body}"
    return links[0]


def add_block(page, label: str) -> None:
    """Append a block to the (only) StreamField through Wagtail's block picker."""
    page.locator("button.c-sf-add-button").last.click()
    page.locator(".w-combobox__option", has_text=label).first.click()


def test_subscribe_confirm_compose_target_send_and_unsubscribe(
    site, page_factory, settings, tmp_path
):
    # Links in emails point at the live server.
    settings.SITE_URL = site
    mail.outbox = []
    course = course_page(
        course_index("pt"),
        title="Marketing digital para empreender",
        summary="Venda mais com as redes sociais.",
    )
    learner = UserFactory(display_name="João Silva", preferred_language="pt")
    enrol(learner, course)
    SubscriberFactory(email=learner.email, user=learner, language="pt")
    # Not in the audience: a Spanish-speaking learner, a Portuguese non-learner.
    other = UserFactory()
    enrol(other, course)
    SubscriberFactory(email=other.email, user=other, language="es")
    SubscriberFactory(language="pt")
    staff = UserFactory(is_staff=True, is_superuser=True)

    # 1. A visitor subscribes from the footer with just an email address.
    visitor = page_factory()
    visitor.goto(site + "/es/")
    footer = visitor.locator("#newsletter-signup")
    footer.scroll_into_view_if_needed()
    footer.locator("input[type=email]").fill("lucia@example.net")
    shot(visitor, tmp_path, "01-footer-form")
    footer.locator("button[type=submit]").click()
    expect(visitor).to_have_url(re.compile(r"/newsletter/subscribe/sent/$"))
    shot(visitor, tmp_path, "02-subscribe-sent")
    subscriber = Subscriber.objects.get(email="lucia@example.net")
    assert subscriber.status == Subscriber.Status.PENDING

    # ... and confirms with the link from the email, by pressing the button.
    (confirmation,) = [m for m in mail.outbox if m.to == ["lucia@example.net"]]
    visitor.goto(link_in(confirmation, "/confirm/"))
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.PENDING, "GET must not confirm"
    shot(visitor, tmp_path, "03-confirm-ask")
    visitor.locator("main form button[type=submit]").click()
    expect(visitor.locator("main h1")).to_be_visible()
    shot(visitor, tmp_path, "04-confirmed")
    subscriber.refresh_from_db()
    assert subscriber.status == Subscriber.Status.SUBSCRIBED
    assert len([m for m in mail.outbox if m.to == ["lucia@example.net"]]) == 2

    # 2. Staff compose a newsletter in the Wagtail admin.
    admin = page_factory(locale="en-GB")
    admin.goto(site + "/es/accounts/login/?next=/cms/")
    log_in(admin, staff.email)
    expect(admin).to_have_url(re.compile(r"/cms/$"))
    admin.goto(site + "/cms/snippets/newsletters/campaign/add/")
    admin.locator("#id_title").fill("Novidades de junho")
    admin.locator("#id_subject").fill("Um curso para si")
    admin.locator("#id_preheader").fill("Marketing digital em português")
    add_block(admin, "Heading")
    admin.locator("input[name='body-0-value']").fill("Cursos novos")
    add_block(admin, "Featured course")
    admin.locator("[data-contentpath=course] [data-chooser-action-choose]").click()
    modal = admin.locator(".modal-dialog")
    modal.get_by_role("link", name=course.title).click()
    expect(admin.locator("[data-contentpath=course] .chooser__title")).to_have_text(
        course.title
    )
    expect(modal).to_be_hidden()
    expect(admin.locator(".modal-backdrop")).to_be_hidden()
    admin.locator("[data-contentpath=note] input").fill("Ideal para começar")
    shot(admin, tmp_path, "05-compose")
    admin.locator("button[type=submit]", has_text="Save").first.click()
    expect(admin.locator(".messages .success")).to_be_visible()
    campaign = Campaign.objects.get(title="Novidades de junho")
    assert campaign.body[1].block_type == "featured_course"

    # ... preview it as subscribers will see it ...
    admin.goto(site + f"/cms/snippets/newsletters/campaign/edit/{campaign.pk}/")
    admin.locator("button[data-side-panel-toggle=preview]").click()
    preview = admin.frame_locator("#w-preview-iframe")
    expect(preview.locator("body")).to_contain_text(course.title)
    shot(admin, tmp_path, "06-preview")
    admin.get_by_role("button", name="Actions").first.click()
    admin.get_by_role("link", name="Send…").click()

    # 3. ... target Portuguese-speaking learners and see how many they are ...
    expect(admin).to_have_url(re.compile(rf"/cms/newsletters/send/{campaign.pk}/$"))
    send_form = admin.locator("#nl-send-form")
    send_form.locator("input[name=roles][value=learners]").check()
    send_form.locator("input[name=languages][value=pt]").check()
    expect(admin.locator("#nl-count")).to_have_attribute("data-count", "1")
    expect(admin.locator("#nl-count-description")).to_contain_text("learners")
    shot(admin, tmp_path, "07-send-recipients")

    # ... send it and watch the progress bar reach 100 %.
    admin.locator("#nl-send-button").click()
    expect(admin).to_have_url(re.compile(r"/cms/newsletters/sends/\d+/$"))
    expect(admin.locator("#nl-bar")).to_have_attribute("value", "100")
    expect(admin.locator("#nl-percent")).to_have_text("100")
    expect(admin.locator("#nl-status")).to_have_text("Sent")
    expect(admin.locator("#nl-summary")).to_be_visible()
    expect(admin.locator("#nl-sent")).to_have_text("1")
    shot(admin, tmp_path, "08-send-done")
    send = Send.objects.get(campaign=campaign)
    assert send.status == Send.Status.DONE
    assert send.segment["languages"] == ["pt"]
    assert send.segment["roles"] == ["learners"]

    newsletters = [m for m in mail.outbox if m.subject == "Um curso para si"]
    assert [m.to for m in newsletters] == [[learner.email]]
    (newsletter,) = newsletters
    html = newsletter.alternatives[0][0]
    assert course.title in html and "Ideal para começar" in html
    assert newsletter.extra_headers["List-Unsubscribe-Post"] == (
        "List-Unsubscribe=One-Click"
    )

    # 4. The reader opens the unsubscribe link: GET only asks, the button acts.
    reader = page_factory(locale="pt-PT")
    reader.goto(link_in(newsletter, "/unsubscribe/"))
    expect(reader.locator("main form button[type=submit]")).to_be_visible()
    shot(reader, tmp_path, "09-unsubscribe-ask")
    assert Subscriber.objects.get(user=learner).status == Subscriber.Status.SUBSCRIBED
    reader.locator("main form button[type=submit]").click()
    expect(reader.locator("main form")).to_have_count(0)
    shot(reader, tmp_path, "10-unsubscribed")
    gone = Subscriber.objects.get(user=learner)
    assert gone.status == Subscriber.Status.UNSUBSCRIBED
    assert gone.unsubscribed_at is not None
    assert Delivery.objects.get(send=send).state == Delivery.State.SENT
    print("screenshots in", tmp_path)


def test_staff_import_a_list_and_the_pending_people_confirm(
    site, page_factory, settings, tmp_path
):
    settings.SITE_URL = site
    mail.outbox = []
    staff = UserFactory(is_staff=True, is_superuser=True)
    csv_file = tmp_path / "feira.csv"
    csv_file.write_text(
        "email;language;consent\n"
        "rosa@example.pt;pt;\n"
        "sam@example.org;en;yes\n"
        "not-an-address;es;yes\n",
        encoding="utf-8",
    )

    admin = page_factory(locale="en-GB")
    admin.goto(site + "/es/accounts/login/?next=/cms/newsletters/import/")
    log_in(admin, staff.email)
    expect(admin).to_have_url(re.compile(r"/cms/newsletters/import/$"))
    admin.locator("input[name=file]").set_input_files(str(csv_file))
    admin.locator("input[name=ask_to_confirm]").check()
    shot(admin, tmp_path, "01-import-form")
    admin.get_by_role("button", name="Import").click()
    report = admin.locator("#nl-import-report")
    expect(report).to_contain_text("2 subscribers added")
    expect(report).to_contain_text("1 row rejected")
    expect(report).to_contain_text("not-an-address")
    expect(report).to_contain_text("A confirmation link is on its way to 1 person")
    shot(admin, tmp_path, "02-import-report")

    rosa = Subscriber.objects.get(email="rosa@example.pt")
    assert rosa.status == Subscriber.Status.PENDING and rosa.consent_at is None
    assert [m.to for m in mail.outbox] == [["rosa@example.pt"]]

    reader = page_factory(locale="pt-PT")
    reader.goto(link_in(mail.outbox[0], "/confirm/"))
    shot(reader, tmp_path, "03-confirm-ask")
    reader.locator("main form button[type=submit]").click()
    expect(reader.locator("main form")).to_have_count(0)
    shot(reader, tmp_path, "04-confirmed")
    rosa.refresh_from_db()
    assert rosa.status == Subscriber.Status.SUBSCRIBED
    assert rosa.consent_at is not None and "subscrever" in rosa.consent_text
    print("screenshots in", tmp_path)
