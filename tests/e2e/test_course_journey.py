"""A learner's whole course, in a real browser: catalogue, lessons, exam
failed then passed, certificate PDF, public verification, staff revocation."""

import re

import pytest
from playwright.sync_api import expect

from courses.certificates.models import Certificate
from tests.e2e.conftest import log_in, shot
from tests.factories import UserFactory
from tests.factories.courses import (
    course_index,
    course_page,
    course_with_exam,
    topic_for,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def answer_exam(page, right: bool) -> None:
    """Right answers are "Sí", true, "Web" + "Correo" and 20 (see exam_bank)."""
    for fieldset in page.locator("fieldset.question").all():
        numeric = fieldset.locator("input[inputmode=decimal]")
        if numeric.count():
            numeric.fill("20" if right else "5")
            continue
        if fieldset.locator("input[value=true]").count():
            fieldset.locator(f"input[value={'true' if right else 'false'}]").check()
            continue
        labels = fieldset.locator("label.choice")
        texts = [t.strip() for t in labels.all_inner_texts()]
        if "Sí" in texts:
            wanted = {"Sí"} if right else {"No"}
        else:
            wanted = {"Web", "Correo"} if right else {"Buzón"}
        for label, text in zip(labels.all(), texts, strict=True):
            if text in wanted:
                label.locator("input").check()


def test_learner_takes_a_course_to_a_verified_certificate_and_staff_revokes_it(
    site, page_factory, tmp_path
):
    index = course_index("es")
    marketing = topic_for(index.locale, "Marketing")
    finance = topic_for(index.locale, "Finanzas")
    course = course_with_exam(
        index,
        lessons=2,
        title="Marketing digital para emprender",
        topic=marketing,
        exam_feedback="explanation",
        exam_max_attempts=3,
    )
    course_page(index, title="Plan de empresa y finanzas", topic=finance)
    learner = UserFactory(display_name="Amina Diallo")
    staff = UserFactory(is_staff=True, is_superuser=True)
    page = page_factory()

    # The catalogue, filtered by topic.
    page.goto(site + index.url)
    expect(page.locator(".course-card")).to_have_count(2)
    page.locator("select[name=topic]").select_option("marketing")
    page.locator("form.filters button[type=submit]").click()
    expect(page.locator(".course-card")).to_have_count(1)
    shot(page, tmp_path, "01-catalogue-filtered")

    # The course; starting it asks to log in and comes back.
    page.get_by_role("link", name="Marketing digital para emprender").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Marketing digital para emprender"
    )
    shot(page, tmp_path, "02-course")
    page.locator(".course__action a.button").click()
    log_in(page, learner.email)
    expect(page).to_have_url(re.compile(re.escape(course.url) + "$"))
    page.locator(f"form[action$='/learn/{course.pk}/start/'] button").click()

    # Two lessons, marked done one after the other.
    for n in range(2):
        expect(page.locator(".lesson__number")).to_be_visible()
        if n == 0:
            shot(page, tmp_path, "03-lesson")
        page.locator(".lesson__footer form button").click()
    # The last lesson leads to the exam.
    expect(page).to_have_url(re.compile(rf"/es/learn/{course.pk}/exam/$"))

    # The exam: failed once.
    page.locator(f"form[action$='/learn/{course.pk}/exam/start/'] button").click()
    answer_exam(page, right=False)
    shot(page, tmp_path, "04-exam-paper")
    page.locator("form.exam__paper button[type=submit]").click()
    expect(page.locator(".result--fail")).to_be_visible()
    shot(page, tmp_path, "05-exam-failed")

    # ... and passed on the second attempt.
    page.goto(site + f"/es/learn/{course.pk}/exam/")
    page.locator(f"form[action$='/learn/{course.pk}/exam/start/'] button").click()
    answer_exam(page, right=True)
    page.locator("form.exam__paper button[type=submit]").click()
    expect(page.locator(".result--pass")).to_be_visible()
    expect(page.locator(".result__score")).to_have_text("100 %")
    shot(page, tmp_path, "06-exam-passed")

    # The PDF certificate downloads.
    certificate = Certificate.objects.get(user=learner)
    with page.expect_download() as download_info:
        page.locator("a[href$='/pdf/']").first.click()
    pdf = download_info.value.path().read_bytes()
    assert pdf.startswith(b"%PDF")

    # Anyone can verify it, in a fresh browser.
    verify_url = site + f"/es/certificates/{certificate.code}/"
    stranger = page_factory()
    stranger.goto(verify_url)
    expect(stranger.locator(".certificate-status--valid")).to_be_visible()
    expect(stranger.locator("main")).to_contain_text("Amina Diallo")
    expect(stranger.locator("main")).to_contain_text("Marketing digital para emprender")
    expect(stranger.locator("main")).not_to_contain_text(learner.email)
    shot(stranger, tmp_path, "07-verification-valid")

    # Staff revoke it from the Wagtail admin, with a reason.
    admin = page_factory()
    admin.goto(site + "/es/accounts/login/?next=/cms/certificates/")
    log_in(admin, staff.email)
    expect(admin.locator("main")).to_contain_text(certificate.code)
    admin.goto(site + f"/cms/certificates/revoke/{certificate.pk}/")
    admin.locator("textarea, input[name=reason]").first.fill("Identidad no verificada")
    admin.locator("form button[type=submit]").last.click()
    expect(admin).to_have_url(re.compile(r"/cms/certificates/$"))
    shot(admin, tmp_path, "08-admin-revoked")

    stranger.goto(verify_url)
    expect(stranger.locator(".certificate-status--revoked")).to_be_visible()
    expect(stranger.locator("main")).to_contain_text("Identidad no verificada")
    shot(stranger, tmp_path, "09-verification-revoked")
    print("screenshots in", tmp_path)
