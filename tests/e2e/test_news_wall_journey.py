"""The news wall on a phone, in a real browser: a visitor opens /es/news/ at
360 px, filters by a topic, opens a post; a learner with a certificate ticks
"Show my achievements on the news wall" in their profile and sees it appear
on the wall, for everyone. axe on every page, screenshots in tmp_path."""

import pytest
from playwright.sync_api import expect

from tests.courses.certificates.factories import issued_certificate
from tests.e2e.axe import assert_no_axe_violations
from tests.e2e.conftest import log_in, shot
from tests.e2e.layout import assert_no_horizontal_scroll
from tests.factories import UserFactory
from tests.factories.courses import course_page
from tests.factories.news import news_index, news_post, picture
from tests.news.conftest import organisation_page

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PHONE = {"width": 360, "height": 740}


def _wall():
    wall = news_index("es")
    partner = organisation_page(title="Cámara de Comercio de Huelva")
    news_post(
        wall,
        title="Desayuno de networking en Huelva",
        summary="Cuarenta personas emprendedoras se conocieron con un café.",
        tags=["networking", "encuentros"],
        image=picture("Desayuno", (11, 93, 99)),
        image_alt="Personas conversando alrededor de una mesa con café",
        body=[{"type": "paragraph", "value": "<p>Cada proyecto en un minuto.</p>"}],
    )
    news_post(
        partner,
        title="Abierta la convocatoria de microcréditos",
        summary="Hasta 15 000 euros para negocios nuevos.",
        tags=["financiacion"],
        image=picture("Monedas", (244, 162, 97)),
        image_alt="Monedas apiladas",
    )
    return wall


def test_visitor_filters_the_wall_and_a_learner_shows_a_certificate(
    page_factory, site, tmp_path
):
    _wall()
    learner = UserFactory(display_name="Ana Martins")
    issued_certificate(user=learner, course=course_page(title="Tu plan de negocio"))

    visitor = page_factory(viewport=PHONE)
    visitor.goto(site + "/es/news/")
    expect(visitor.locator("h1")).to_be_visible()
    expect(visitor.locator(".news-card")).to_have_count(2)
    # Not opted in: the certificate is not on the wall.
    expect(visitor.locator("#on-rumbo-now")).not_to_contain_text("Ana Martins")
    assert_no_horizontal_scroll(visitor)
    assert_no_axe_violations(visitor)
    shot(visitor, tmp_path, "01-wall-phone")

    visitor.locator("#id_tag").select_option("networking")
    # (Its label is translated once the lead adds the new msgids.)
    visitor.locator(".news-filters button[type=submit]").click()
    expect(visitor.locator(".news-card")).to_have_count(1)
    expect(visitor.locator(".news-card")).to_contain_text("Desayuno de networking")
    assert "tag=networking" in visitor.url
    assert_no_axe_violations(visitor)
    shot(visitor, tmp_path, "02-wall-filtered")

    visitor.locator(".news-card__title a").click()
    expect(visitor.locator("h1")).to_have_text("Desayuno de networking en Huelva")
    expect(visitor.locator("img.news-post__image")).to_have_attribute(
        "alt", "Personas conversando alrededor de una mesa con café"
    )
    assert_no_horizontal_scroll(visitor)
    assert_no_axe_violations(visitor)
    shot(visitor, tmp_path, "03-post")

    phone = page_factory(viewport=PHONE)
    phone.goto(site + "/es/accounts/login/?next=/es/accounts/profile/")
    log_in(phone, learner.email)
    checkbox = phone.locator("input[name=show_on_wall]")
    expect(checkbox).not_to_be_checked()
    assert_no_axe_violations(phone)
    checkbox.check()
    shot(phone, tmp_path, "04-profile-opt-in")
    phone.locator("main form button[type=submit]").click()
    phone.goto(site + "/es/news/")
    stream = phone.locator("#on-rumbo-now")
    expect(stream).to_contain_text("Ana Martins")
    expect(stream.get_by_role("link", name="Tu plan de negocio")).to_be_visible()
    shot(phone, tmp_path, "05-wall-with-certificate")

    # Everyone sees it, even from the public cache the visitor filled.
    visitor.goto(site + "/es/news/")
    expect(visitor.locator("#on-rumbo-now")).to_contain_text("Ana Martins")
    assert_no_axe_violations(visitor)
    shot(visitor, tmp_path, "06-wall-visitor-sees-it")
