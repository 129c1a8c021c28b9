"""Staff read the mentoring report in the Wagtail admin and export it."""

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.conftest import log_in, shot
from tests.factories import UserFactory
from tests.factories.mentoring import MentorFactory, MentorshipFactory, RequestFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_staff_read_and_export_the_mentoring_report(site, page_factory, tmp_path):
    mentor = MentorFactory(user=UserFactory(display_name="Marta Ruiz"), capacity=3)
    MentorshipFactory(mentor=mentor)
    RequestFactory(mentor=mentor)
    staff = UserFactory(is_staff=True, is_superuser=True)

    admin = page_factory(locale="en-GB")
    admin.goto(site + "/es/accounts/login/?next=/cms/")
    log_in(admin, staff.email)
    expect(admin).to_have_url(re.compile(r"/cms/$"))

    admin.get_by_role("button", name="Reports").click()
    admin.get_by_role("link", name="Mentoring").click()
    expect(admin).to_have_url(re.compile(r"/cms/reports/mentoring/$"))
    figures = admin.locator("#mentoring-figures")
    expect(figures).to_contain_text("active mentorships")
    row = admin.locator("tr", has_text="Marta Ruiz")
    expect(row).to_contain_text("1/3")
    shot(admin, tmp_path, "01-mentoring-report")

    with admin.expect_download() as download:
        admin.get_by_role("button", name="Actions").click()
        admin.locator("a[href$='?export=csv']").click()
    csv_text = download.value.path().read_text()
    assert "Marta Ruiz" in csv_text and mentor.user.email in csv_text
    print("screenshots in", tmp_path)
