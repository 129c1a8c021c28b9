"""A shop posts a job, staff approve it, someone applies with a PDF CV, the
poster answers and moves the application on, and the applicant sees the
reply and the status; in a real browser, on a desktop and a 360 px phone,
with axe-core on every page of the board."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import expect

from jobs.models import Application, JobOffer
from tests.e2e.axe import assert_no_axe_violations
from tests.e2e.conftest import log_in, shot
from tests.e2e.layout import assert_no_horizontal_scroll
from tests.factories import UserFactory
from tests.factories import jobs as job_factories

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 360, "height": 780}


def checked(page, tmp_path, name):
    """Screenshot, then no axe violation and no sideways scroll."""
    shot(page, tmp_path, name)
    assert_no_axe_violations(page)
    assert_no_horizontal_scroll(page)


def test_a_shop_posts_a_job_someone_applies_with_a_cv_and_the_poster_answers(
    site, page_factory, tmp_path
):
    seller, shop, key = job_factories.shop_poster(
        UserFactory(display_name="Inés Gallardo", email="ines@dehesa.example"),
        name="Dehesa Viva",
        city="Cáceres",
        region="es-ex",
    )
    staff = UserFactory(is_staff=True, is_superuser=True, display_name="Lucía")
    applicant = UserFactory(display_name="Karim Benali", email="karim@lepe.example")
    cv = tmp_path / "karim-cv.pdf"
    cv.write_bytes(job_factories.pdf_bytes("Karim Benali - panadero"))

    # The seller posts a first offer: it waits for staff.
    page = page_factory()
    page.goto(site + "/es/accounts/login/?next=/es/jobs/new/")
    log_in(page, seller.email)
    expect(page).to_have_url(re.compile(r"/es/jobs/new/$"))
    page.locator("select[name=poster]").select_option(key)
    page.locator("input[name=title]").fill("Socio para un obrador de pan en Badajoz")
    page.locator("select[name=kind]").select_option("partner")
    page.locator("textarea[name=description]").fill(
        "Buscamos a alguien con oficio de panadería.\nTú llevas el horno."
    )
    page.locator("input[name=town]").fill("Badajoz")
    page.locator("select[name=region]").select_option("es-ex")
    page.locator("input[name=languages][value=es]").check()
    page.locator("input[name=languages][value=pt]").check()
    page.locator("input[name=closing_date]").fill(
        (timezone.localdate() + timedelta(days=30)).isoformat()
    )
    checked(page, tmp_path, "00-post-form")
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/es/jobs/mine/$"))
    offer = JobOffer.objects.get()
    assert offer.status == JobOffer.Status.PENDING
    expect(page.locator(".job-table")).to_contain_text("Socio para un obrador")
    checked(page, tmp_path, "01-my-offers-pending")
    assert [m.to for m in mail.outbox] == [[staff.email]]

    # Staff approve it in the admin.
    admin = page_factory()
    admin.goto(site + f"/es/accounts/login/?next=/cms/jobs/edit/{offer.pk}/")
    log_in(admin, staff.email)
    admin.locator("select[name=status]").select_option("published")
    admin.locator("form button[type=submit]").filter(
        has_text=re.compile("Guardar|Save")
    ).first.click()
    expect(admin.locator(".messages")).to_be_visible()
    offer.refresh_from_db()
    assert offer.status == JobOffer.Status.PUBLISHED
    shot(admin, tmp_path, "02-staff-approved")

    # Someone finds it by region on a phone and applies with a CV.
    phone = page_factory(viewport=PHONE)
    phone.goto(site + "/es/jobs/")
    phone.locator("select[name=region]").select_option("es-ex")
    phone.locator("form.filters button[type=submit]").click()
    expect(phone.locator(".job-card")).to_have_count(1)
    checked(phone, tmp_path, "03-list-phone")
    phone.locator(".job-card a").click()
    expect(phone.locator("h1")).to_have_text("Socio para un obrador de pan en Badajoz")
    expect(phone.locator("main")).not_to_contain_text(seller.email)
    checked(phone, tmp_path, "04-offer-phone")
    phone.locator("main a.button").click()
    log_in(phone, applicant.email)
    expect(phone).to_have_url(re.compile(rf"/es/jobs/{offer.pk}/apply/$"))
    phone.locator("textarea[name=message]").fill(
        "Trabajé cinco años en una panadería de Casablanca."
    )
    phone.locator("input[name=cv]").set_input_files(str(cv))
    checked(phone, tmp_path, "05-apply-phone")
    phone.locator("main form button[type=submit]").click()
    application = Application.objects.get()
    expect(phone).to_have_url(re.compile(rf"/es/jobs/applications/{application.pk}/$"))
    assert application.cv.open("rb").read(5) == b"%PDF-"

    # The poster reads it, downloads the CV, answers and moves it on.
    page.goto(site + f"/es/jobs/mine/{offer.pk}/")
    expect(page.locator("main")).to_contain_text("Karim Benali")
    expect(page.locator("main")).not_to_contain_text(applicant.email)
    checked(page, tmp_path, "06-applicants")
    page.locator(".job-applications a").first.click()
    with page.expect_download() as download:
        page.locator("a[href$='/cv/']").click()
    assert open(download.value.path(), "rb").read(5) == b"%PDF-"
    page.locator("textarea[name=body]").fill("Hola Karim, ¿podemos hablar el jueves?")
    page.locator("form[action$='/message/'] button[type=submit]").click()
    expect(page.locator(".job-message--poster")).to_contain_text("el jueves")
    page.locator("select[name=status]").select_option("interview")
    page.locator("form.job-status button").click()
    expect(page.locator(".badge").first).to_contain_text(
        re.compile("Entrevista|Interview")
    )
    checked(page, tmp_path, "07-thread-poster")

    # The applicant sees the reply and the status, and answers.
    phone.goto(site + "/es/jobs/applications/")
    expect(phone.locator(".job-applications")).to_contain_text(
        re.compile("Entrevista|Interview")
    )
    checked(phone, tmp_path, "08-my-applications-phone")
    phone.locator(".job-applications a").first.click()
    expect(phone.locator(".job-message--poster")).to_contain_text("el jueves")
    expect(phone.locator("main")).not_to_contain_text(seller.email)
    phone.locator("textarea[name=body]").fill("Claro, el jueves a las diez.")
    phone.locator("form[action$='/message/'] button[type=submit]").click()
    expect(phone.locator(".job-thread")).to_contain_text("a las diez")
    checked(phone, tmp_path, "09-thread-phone")
    phone.goto(site + "/es/accounts/")
    expect(phone.locator("#jobs")).to_contain_text("Socio para un obrador")
    shot(phone, tmp_path, "10-account-phone")

    # Emails went to each side, none carrying the other's address.
    for message in mail.outbox:
        text = message.subject + message.body
        assert applicant.email not in text or message.to == [applicant.email]
        assert seller.email not in text or message.to == [seller.email]
    assert {tuple(m.to) for m in mail.outbox} >= {(seller.email,), (applicant.email,)}

    # A second offer of the same shop goes straight out.
    page.goto(site + "/es/jobs/new/")
    page.locator("input[name=title]").fill("Dependiente en Cáceres")
    page.locator("select[name=kind]").select_option("employee")
    page.locator("textarea[name=description]").fill("Media jornada.")
    page.locator("input[name=town]").fill("Cáceres")
    page.locator("input[name=languages][value=es]").check()
    page.locator("main form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/es/jobs/mine/$"))
    assert JobOffer.objects.get(title="Dependiente en Cáceres").status == "published"
