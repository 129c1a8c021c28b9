"""A mentee's whole mentorship, in a real browser: needs, ranked mentors with
reasons, a request, the mentor's acceptance, a goal, a session, messages, the
goal achieved and the mentorship ended with a rating."""

import re

import pytest
from playwright.sync_api import expect

from mentoring.models import Feedback, Goal, Mentorship, Session
from tests.e2e.conftest import log_in, shot
from tests.factories import UserFactory
from tests.factories.mentoring import MentorFactory, area

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 390, "height": 844}


def test_mentee_finds_a_mentor_works_on_a_goal_and_ends_with_a_rating(
    site, page_factory, tmp_path
):
    rui = MentorFactory(
        user=UserFactory(display_name="Rui Almeida"),
        areas=["tax", "ecommerce", "marketing"],
        languages=",pt,es,",
        region="pt-fa",
        city="Faro",
        capacity=2,
        headline="Tax and online sales for small shops",
    )
    MentorFactory(
        user=UserFactory(display_name="Carmen Romero"),
        areas=["legal"],
        languages=",es,",
        region="es-md",
        format="in_person",
        headline="Permits and contracts",
    )
    MentorFactory(user=UserFactory(display_name="Fatou Diop"), areas=["marketing"])
    mentee = UserFactory(display_name="Karim Benali")
    page = page_factory()

    # The public directory, filtered; no contact details.
    page.goto(site + "/es/mentors/")
    expect(page.locator(".mentor-card")).to_have_count(3)
    page.locator("select[name=language]").select_option("pt")
    page.locator("form.filters button[type=submit]").click()
    expect(page.locator(".mentor-card")).to_have_count(1)
    expect(page.locator("main")).not_to_contain_text(rui.user.email)
    shot(page, tmp_path, "00-directory")

    # The mentee states their needs.
    page.goto(site + "/es/accounts/login/?next=/es/mentors/needs/")
    log_in(page, mentee.email)
    expect(page).to_have_url(re.compile(r"/es/mentors/needs/$"))
    for slug in ("tax", "ecommerce", "marketing", "legal"):
        page.locator(f"input[name=areas][value='{area(slug).pk}']").check()
    page.locator("select[name=sector]").select_option("retail")
    page.locator("select[name=stage]").select_option("starting")
    page.locator("input[name=languages][value=pt]").check()
    page.locator("select[name=region]").select_option("pt-fa")
    page.locator("select[name=format]").select_option("both")
    page.locator("textarea[name=description]").fill("Una tienda de telas africanas.")
    shot(page, tmp_path, "01-needs")
    page.locator("form.needs-form button[type=submit]").click()

    # Ranked mentors with the reasons in words.
    expect(page).to_have_url(re.compile(r"/es/mentors/recommended/$"))
    first = page.locator(".recommendation").first
    expect(first).to_contain_text("Rui Almeida")
    expect(first.locator(".recommendation__reasons")).to_contain_text("3")
    expect(first.locator(".recommendation__reasons")).to_contain_text("Faro")
    shot(page, tmp_path, "02-recommended")
    first.locator("summary").click()
    first.locator("textarea[name=message]").fill("Hola Rui, necesito ayuda con el IVA.")
    first.locator("form.request-form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/es/mentors/my/$"))
    expect(page.locator("main")).to_contain_text("Rui Almeida")
    shot(page, tmp_path, "03-request-sent")

    # The mentor accepts.
    mentor_page = page_factory()
    mentor_page.goto(site + "/es/accounts/login/?next=/es/mentors/my/")
    log_in(mentor_page, rui.user.email)
    expect(mentor_page.locator(".request").first).to_contain_text(
        "necesito ayuda con el IVA"
    )
    shot(mentor_page, tmp_path, "04-mentor-dashboard")
    mentor_page.locator(".request form[action$='/accept/'] button").click()
    expect(mentor_page).to_have_url(re.compile(r"/es/mentors/mentorships/\d+/$"))
    mentorship = Mentorship.objects.get()

    # A goal, a session and a message from the mentor.
    mentor_page.locator("input[name=title]").fill("Darse de alta como autónomo")
    mentor_page.locator("form.goal-form button[type=submit]").click()
    expect(mentor_page.locator(".goal")).to_contain_text("Darse de alta como autónomo")
    mentor_page.locator("#sessions summary").click()
    mentor_page.locator("input[name=date]").fill("2026-01-15")
    mentor_page.locator("input[name=minutes]").fill("60")
    mentor_page.locator("select[name=format]").select_option("online")
    mentor_page.locator("textarea[name=notes]").fill("Repasamos el modelo 036.")
    mentor_page.locator("textarea[name=next_steps]").fill("Traer el NIE.")
    mentor_page.locator("form.session-form button[type=submit]").click()
    expect(mentor_page.locator(".session")).to_contain_text("Repasamos el modelo 036.")
    mentor_page.locator("textarea[name=body]").fill("¡Bienvenido! Empezamos el martes.")
    mentor_page.locator("form.message-form button[type=submit]").click()
    expect(mentor_page.locator(".thread")).to_contain_text("Empezamos el martes")
    shot(mentor_page, tmp_path, "05-workspace-mentor")

    # The mentee replies, marks the goal achieved and ends with a rating.
    page.goto(site + f"/es/mentors/mentorships/{mentorship.pk}/")
    expect(page.locator(".thread")).to_contain_text("Empezamos el martes")
    page.locator("textarea[name=body]").fill("¡Gracias! Allí estaré.")
    page.locator("form.message-form button[type=submit]").click()
    expect(page.locator(".thread")).to_contain_text("Allí estaré")
    page.locator(".goal__form select").select_option("achieved")
    page.locator(".goal__form button").click()
    expect(page.locator(".goal")).to_contain_text(
        re.compile("Achieved|Conseguido|Logrado", re.I)
    )
    shot(page, tmp_path, "06-workspace-mentee")

    phone = page_factory(viewport=PHONE)
    phone.goto(
        site + "/es/accounts/login/?next=" + f"/es/mentors/mentorships/{mentorship.pk}/"
    )
    log_in(phone, mentee.email)
    expect(phone.locator(".thread")).to_be_visible()
    shot(phone, tmp_path, "07-workspace-phone")
    phone.goto(site + "/es/mentors/recommended/")
    shot(phone, tmp_path, "08-recommended-phone")
    phone.goto(site + "/es/mentors/")
    shot(phone, tmp_path, "08b-directory-phone")

    page.locator("input[name=rating][value='5']").check()
    page.locator("textarea[name=comment]").fill("Muy útil.")
    page.locator("form.end-form button[type=submit]").click()
    expect(page.locator("main")).to_contain_text(
        re.compile("Ended|Finalizada|Terminada", re.I)
    )
    shot(page, tmp_path, "09-ended")

    mentorship.refresh_from_db()
    assert mentorship.status == Mentorship.Status.ENDED
    assert Goal.objects.get().status == Goal.Status.ACHIEVED
    assert Session.objects.get().minutes == 60
    assert Feedback.objects.get().rating == 5
    # The mentor does not see the mentee's feedback.
    mentor_page.goto(site + f"/es/mentors/mentorships/{mentorship.pk}/")
    expect(mentor_page.locator("main")).not_to_contain_text("Muy útil.")
    print("screenshots in", tmp_path)
