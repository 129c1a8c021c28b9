"""Staff match a cohort of 6 mentees and 3 mentors in a real browser:
choose people, compute, review scores and reasons, adjust, confirm."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from mentoring.models import Cohort, Mentorship
from tests.e2e.conftest import log_in, shot
from tests.factories import UserFactory
from tests.factories.mentoring import MenteeFactory, MentorFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_staff_match_a_cohort_review_adjust_and_confirm(site, page_factory, tmp_path):
    staff = UserFactory(is_staff=True, is_superuser=True, display_name="Lucía Staff")
    mentors = [
        MentorFactory(
            user=UserFactory(display_name="Tax Mentor"), areas=["tax"], capacity=2
        ),
        MentorFactory(
            user=UserFactory(display_name="Marketing Mentor"),
            areas=["marketing"],
            capacity=2,
        ),
        MentorFactory(
            user=UserFactory(display_name="Legal Mentor"),
            areas=["legal"],
            capacity=2,
            languages=",pt,es,",
            region="pt-fa",
            city="Faro",
        ),
    ]
    mentees = [
        MenteeFactory(
            user=UserFactory(display_name=f"Mentee {slug} {n}"), areas=[slug]
        ).user
        for slug in ("tax", "marketing", "legal")
        for n in (1, 2)
    ]
    page = page_factory()
    page.goto(site + "/es/accounts/login/?next=/es/mentors/staff/cohorts/")
    log_in(page, staff.email)
    expect(page).to_have_url(re.compile(r"/es/mentors/staff/cohorts/$"))

    page.locator("input[name=name]").fill("Ruta CECE 2026 · Huelva y Algarve")
    for user in mentees:
        page.locator(f"input[name=mentees][value='{user.pk}']").check()
    for mentor in mentors:
        page.locator(f"input[name=mentors][value='{mentor.pk}']").check()
    shot(page, tmp_path, "01-choose-people")
    page.locator("form.cohort-form button[type=submit]").click()

    # The proposal: every mentee with the mentor covering their need.
    expect(page).to_have_url(re.compile(r"/es/mentors/staff/cohorts/\d+/$"))
    rows = page.locator(".cohort-table tbody tr")
    expect(rows).to_have_count(6)
    for user in mentees:
        slug = user.display_name.split()[1]
        row = page.locator(f"tr[data-mentee='{user.email}']")
        expect(row.locator(".cohort-table__mentor")).to_contain_text(slug.capitalize())
        expect(row.locator(".cohort-table__why")).to_contain_text("1")
    shot(page, tmp_path, "02-proposal")

    # Staff adjust one: a legal mentee goes unassigned.
    moved = mentees[5]
    row = page.locator(f"tr[data-mentee='{moved.email}']")
    row.locator("select[name=mentor]").select_option("")
    row.locator("button[type=submit]").click()
    expect(
        page.locator(f"tr[data-mentee='{moved.email}'] .cohort-table__mentor")
    ).to_contain_text(re.compile("Unassigned|Sin asignar", re.I))
    shot(page, tmp_path, "03-adjusted")

    page.locator("form.cohort-confirm button[type=submit]").click()
    expect(page.locator(".messages")).to_contain_text("5")
    shot(page, tmp_path, "04-confirmed")

    phone = page_factory(viewport={"width": 390, "height": 844})
    phone.goto(site + "/es/accounts/login/?next=" + page.url.replace(site, ""))
    log_in(phone, staff.email)
    expect(phone.locator(".cohort-table")).to_be_visible()
    shot(phone, tmp_path, "05-confirmed-phone")

    cohort = Cohort.objects.get()
    assert cohort.status == Cohort.Status.CONFIRMED
    assert Mentorship.objects.filter(cohort=cohort).count() == 5
    assert not Mentorship.objects.filter(mentee=moved).exists()
    assert len(mail.outbox) == 10

    # (Refusal to non-staff is tested in tests/mentoring/test_staff.py: a 403
    # page would count as a console error here.)
    print("screenshots in", tmp_path)
