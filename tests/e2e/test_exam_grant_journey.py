"""Staff give a learner an extra exam attempt, choosing the learner by name
and the course with Wagtail's page chooser, in a real browser."""

import re

import pytest
from playwright.sync_api import expect

from courses.exams.models import ExamGrant
from tests.e2e.conftest import log_in, shot
from tests.factories import UserFactory
from tests.factories.courses import course_index, course_with_exam

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_staff_grant_an_extra_attempt_with_the_choosers(site, page_factory, tmp_path):
    course = course_with_exam(course_index("es"), title="Finanzas para empezar")
    UserFactory.create_batch(30)
    rosa = UserFactory(display_name="Rosa Fonseca", email="rosa@example.pt")
    staff = UserFactory(is_staff=True, is_superuser=True)

    admin = page_factory(locale="en-GB")
    admin.goto(site + "/es/accounts/login/?next=/cms/exam_grants/new/")
    log_in(admin, staff.email)
    expect(admin).to_have_url(re.compile(r"/cms/exam_grants/new/$"))

    admin.locator("[data-contentpath=user] .chooser__choose-button").click()
    modal = admin.locator(".modal-dialog")
    modal.locator("input[name=q]").fill("fonseca")
    expect(modal.get_by_role("link", name=str(rosa))).to_have_count(1)
    expect(modal.locator("[data-chooser-modal-choice]")).to_have_count(1)
    shot(admin, tmp_path, "01-learner-chooser")
    modal.get_by_role("link", name=str(rosa)).click()
    expect(admin.locator("[data-contentpath=user] .chooser__title")).to_have_text(
        str(rosa)
    )
    expect(modal).to_be_hidden()

    admin.locator("[data-contentpath=course] .chooser__choose-button").click()
    modal.get_by_role("link", name=course.title).first.click()
    expect(admin.locator("[data-contentpath=course] .chooser__title")).to_have_text(
        course.title
    )
    expect(admin.locator(".modal-backdrop")).to_be_hidden()
    admin.locator("#id_extra_attempts").fill("1")
    admin.locator("#id_reason").fill("Corte de luz durante el examen")
    shot(admin, tmp_path, "02-grant-form")
    admin.get_by_role("button", name="Create").first.click()
    expect(admin.locator(".messages .success")).to_be_visible()
    shot(admin, tmp_path, "03-granted")

    grant = ExamGrant.objects.get()
    assert (grant.user_id, grant.course_id, grant.extra_attempts) == (
        rosa.pk,
        course.pk,
        1,
    )
    print("screenshots in", tmp_path)
