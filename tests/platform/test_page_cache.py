"""Public pages from the full-page cache: who gets them, what purges them, and
that forms on them still work for every visitor."""

import gzip
import re
import time

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import translation

from rumbo import page_cache
from rumbo.page_cache.tags import fresh
from tests.factories import UserFactory
from tests.factories.courses import course_index, course_page
from tests.factories.mentoring import MentorFactory, MentorshipFactory
from tests.factories.shop import product, seller

pytestmark = pytest.mark.django_db

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


def es(name, *args, **kwargs) -> str:
    with translation.override("es"):
        return reverse(name, args=args, kwargs=kwargs)


def state(response) -> str:
    return response.get("X-Page-Cache", "")


def test_an_anonymous_visitor_gets_the_second_visit_from_the_cache(client, settings):
    settings.PAGE_CACHE_TAG_HEADER = "Cache-Tag"  # e.g. for a CDN
    first = client.get("/es/")
    second = Client().get("/es/")

    assert (state(first), state(second)) == ("miss", "hit")
    assert first.status_code == second.status_code == 200
    # The same page, but each visitor's forms carry their own token.
    assert TOKEN.sub("", second.content.decode()) == TOKEN.sub(
        "", first.content.decode()
    )
    assert "navigation" in second["Cache-Tag"].split()
    assert "X-Page-Cache-Tags" not in second


def test_languages_and_query_strings_are_separate_pages(client):
    course_index("es")
    client.get("/es/")
    assert state(client.get("/pt/")) == "miss"
    mug = product(seller(), title="Taza de barro")
    client.get(es("catalogue:index"))
    found = client.get(es("catalogue:index") + "?q=taza")
    assert state(found) == "miss"
    assert "Taza de barro" in found.content.decode()
    # The order of the parameters does not make another page.
    client.get(es("catalogue:index") + "?q=taza&sort_by=newest")
    assert state(client.get(es("catalogue:index") + "?sort_by=newest&q=taza")) == "hit"
    assert mug.pk


def test_signed_in_people_never_get_or_fill_the_cache(client):
    Client().get("/es/")  # filled by a visitor
    client.force_login(UserFactory())

    mine = client.get("/es/")

    assert state(mine) == ""
    assert "/accounts/logout/" in mine.content.decode()
    assert state(client.get("/es/")) == ""
    assert "/accounts/logout/" not in Client().get("/es/").content.decode()


@pytest.mark.parametrize("cookie", ["sessionid", "messages", "oscar_open_basket"])
def test_a_visitor_carrying_a_session_messages_or_a_basket_is_served_afresh(cookie):
    Client().get("/es/")
    visitor = Client()
    visitor.cookies[cookie] = "x"
    assert state(visitor.get("/es/")) == ""


def test_posts_and_personal_pages_are_never_cached(client):
    assert state(client.post("/es/")) == ""
    assert state(client.get(reverse("account_login"))) == ""
    assert state(client.get(es("basket:summary"))) == ""


def test_two_visitors_can_both_add_to_the_basket_after_one_filled_the_cache():
    mug = product(seller(), title="Taza")
    url = mug.get_absolute_url()
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)

    pages = [first.get(url), second.get(url)]

    assert [state(p) for p in pages] == ["miss", "hit"]
    tokens = [TOKEN.search(p.content.decode()).group(1) for p in pages]
    assert tokens[0] != tokens[1]
    assert "__rumbo_csrf_token__" not in pages[1].content.decode()
    for visitor, token in zip((first, second), tokens, strict=True):
        added = visitor.post(
            es("basket:add", pk=mug.pk),
            {"quantity": 1, "csrfmiddlewaretoken": token},
        )
        assert added.status_code == 302, added
    # A token from another visitor's page is refused as before.
    third = Client(enforce_csrf_checks=True)
    third.get("/es/")
    refused = third.post(
        es("basket:add", pk=mug.pk), {"quantity": 1, "csrfmiddlewaretoken": tokens[0]}
    )
    assert refused.status_code == 403


def test_pages_are_compressed_and_revalidated_cheaply(client):
    client.get("/es/")
    zipped = Client().get("/es/", HTTP_ACCEPT_ENCODING="gzip")
    assert zipped["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in zipped["Vary"]
    assert b"<html" in gzip.decompress(zipped.content)

    fresh_page = client.get("/es/")
    assert "no-cache" in fresh_page["Cache-Control"]
    again = client.get("/es/", HTTP_IF_NONE_MATCH=fresh_page["ETag"])
    assert again.status_code == 304


def test_a_page_without_a_form_of_its_own_is_served_compressed_as_stored(client):
    """No per-visitor token on it (the footer's form needs none): the stored
    compressed page goes out as it is, with no cookie."""
    first = client.get("/es/about/")
    hit = Client().get("/es/about/", HTTP_ACCEPT_ENCODING="gzip, br")

    assert state(hit) == "hit"
    assert hit["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in hit["Vary"]
    assert hit["ETag"] == "W/" + first["ETag"]
    assert gzip.decompress(hit.content) == first.content
    assert "csrfmiddlewaretoken" not in first.content.decode()
    assert not hit.cookies
    assert hit["Content-Security-Policy"] == first["Content-Security-Policy"]
    assert "default-src 'self'" in hit["Content-Security-Policy"]
    # Without gzip in Accept-Encoding, the same page uncompressed.
    plain = Client().get("/es/about/", HTTP_ACCEPT_ENCODING="identity")
    assert (state(plain), plain.content) == ("hit", first.content)
    assert "Content-Encoding" not in plain


def test_the_footer_newsletter_form_works_without_a_token_from_a_cached_page(
    mailoutbox, django_capture_on_commit_callbacks
):
    from newsletters.models import Subscriber

    for visitor in (Client(), Client(enforce_csrf_checks=True)):
        visitor.get("/es/about/")
    strict = Client(enforce_csrf_checks=True)
    page = strict.get("/es/about/")
    assert state(page) == "hit"

    with django_capture_on_commit_callbacks(execute=True):
        sent = strict.post(
            es("newsletters:subscribe"),
            {"email": "lectora@example.org", "next": "/es/about/"},
        )

    assert sent.status_code == 302
    assert Subscriber.objects.get(email="lectora@example.org").status == "pending"
    assert len(mailoutbox) == 1  # the confirmation: nothing more until it is followed


def test_publishing_a_course_shows_on_the_next_visit_to_it_and_the_catalogue(client):
    index = course_index("es")
    course = course_page(index, title="Contabilidad básica")
    client.get(course.url)
    client.get(index.url)
    assert state(client.get(course.url)) == "hit"

    course.title = "Contabilidad para emprender"
    course.save_revision().publish()

    assert "Contabilidad para emprender" in client.get(course.url).content.decode()
    assert "Contabilidad para emprender" in client.get(index.url).content.decode()


def test_unpublishing_a_course_takes_it_off_at_once(client):
    index = course_index("es")
    course = course_page(index, title="Marketing digital")
    client.get(course.url)
    client.get(index.url)

    course.unpublish()

    assert client.get(course.url).status_code == 404
    assert "Marketing digital" not in client.get(index.url).content.decode()


def test_other_locales_stay_cached_when_a_course_changes(client):
    course = course_page(course_index("es"))
    pt = course_index("pt")
    client.get(pt.url)

    course.title = "Finanzas"
    course.save_revision().publish()

    assert state(client.get(pt.url)) == "hit"


def test_product_stock_and_shop_changes_show_on_the_next_visit(client):
    shop = seller(name="Cerámica Lola")
    mug = product(shop, title="Taza azul", stock=3)
    pages = [
        mug.get_absolute_url(),
        es("catalogue:index"),
        es("shop:storefront", shop.code),
    ]
    for url in pages:
        client.get(url)
    assert all(state(client.get(url)) == "hit" for url in pages)

    mug.title = "Taza verde"
    mug.save()
    assert all("Taza verde" in client.get(url).content.decode() for url in pages)

    record = mug.stockrecords.get()
    record.num_in_stock = 0
    record.save()
    assert state(client.get(mug.get_absolute_url())) == "miss"

    shop.on_holiday = True
    shop.holiday_message = "Volvemos el lunes"
    shop.save()
    for url in (mug.get_absolute_url(), es("shop:storefront", shop.code)):
        assert "Volvemos el lunes" in client.get(url).content.decode()


def test_a_checkout_purges_the_pages_of_what_it_sold(client):
    from tests.shop.orders.conftest import basket_add, checkout

    mug = product(seller(), title="Taza", stock=1)
    client.get(mug.get_absolute_url())
    buyer = Client()
    basket_add(buyer, mug, 1)
    assert checkout(buyer, email="rita@example.org").status_code == 302

    assert state(client.get(mug.get_absolute_url())) == "miss"


def test_a_mentor_change_and_a_new_mentorship_show_in_the_directory(client):
    mentor = MentorFactory(headline="Asesora fiscal")
    directory, profile = (
        es("mentoring:directory"),
        es("mentoring:mentor_detail", mentor.pk),
    )
    client.get(directory)
    client.get(profile)

    mentor.headline = "Asesora fiscal y laboral"
    mentor.save()
    assert "Asesora fiscal y laboral" in client.get(directory).content.decode()
    assert "Asesora fiscal y laboral" in client.get(profile).content.decode()

    client.get(profile)
    MentorshipFactory(mentor=mentor)
    assert state(client.get(profile)) == "miss"


def test_a_revoked_certificate_says_so_on_the_next_visit(client):
    from courses.certificates.services import certificate_revoke
    from tests.courses.certificates.factories import issued_certificate

    certificate = issued_certificate()
    url = es("certificates:verify", certificate.code)
    assert state(client.get(url)) == "miss"
    assert state(client.get(url)) == "hit"

    certificate_revoke(
        certificate=certificate, reason="Copia", by=UserFactory(is_staff=True)
    )

    assert state(client.get(url)) == "miss"


def test_a_purge_during_rendering_leaves_the_page_stale():
    """A change that commits while a page renders is never hidden behind it."""
    started = time.time()
    page_cache.purge("products")
    assert not fresh(["products"], started)
    assert fresh(["products"], time.time() + 1)


def test_a_purge_in_a_transaction_is_made_again_when_it_commits(
    django_capture_on_commit_callbacks,
):
    from django.db import transaction

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with transaction.atomic():
            page_cache.purge("navigation")
            at_change = cache.get("page-cache:tag:navigation")
            time.sleep(0.01)
    assert len(callbacks) == 1
    assert cache.get("page-cache:tag:navigation") > at_change


def test_with_the_cache_down_pages_and_changes_still_work(client, settings):
    settings.CACHES = {
        **settings.CACHES,
        "down": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        },
    }
    settings.PAGE_CACHE_ALIAS = "down"
    mug = product(seller(), title="Taza")

    assert client.get(mug.get_absolute_url()).status_code == 200
    mug.title = "Taza roja"
    mug.save()  # purges through a cache that does not answer
    assert "Taza roja" in client.get(mug.get_absolute_url()).content.decode()


def test_a_page_behind_a_password_is_never_cached(client):
    from wagtail.models import PageViewRestriction

    from home.models import StandardPage

    about = StandardPage.objects.get(slug="about", locale__language_code="es")
    PageViewRestriction.objects.create(
        page=about, restriction_type=PageViewRestriction.PASSWORD, password="clave"
    )
    first, second = client.get(about.url), client.get(about.url)
    assert first.status_code == second.status_code == 200  # the password form
    assert state(first) == state(second) == ""


def test_a_mentors_new_name_shows_but_a_log_in_purges_nothing(client):
    mentor = MentorFactory(user=UserFactory(display_name="Lúcia Prates"))
    profile = es("mentoring:mentor_detail", mentor.pk)
    client.get(profile)

    mentor.user.save(update_fields=["last_login"])
    assert state(client.get(profile)) == "hit"

    mentor.user.display_name = "Lúcia Prates Vaz"
    mentor.user.save()
    assert "Lúcia Prates Vaz" in client.get(profile).content.decode()
