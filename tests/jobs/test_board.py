"""The public list and an offer's page: filters, bad input, the page cache,
a fixed number of queries; and what jobs add to the account, the data
download, the deletion of an account, newsletters and the navigation."""

import json
from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from jobs.models import Application, JobOffer
from jobs.newsletter import job_card
from tests.factories import UserFactory
from tests.factories import jobs as job_factories

pytestmark = pytest.mark.django_db


def offers_bulk(n: int, key: str = "shop:1") -> None:
    today = timezone.localdate()
    now = timezone.now()
    kinds = JobOffer.Kind.values
    JobOffer.objects.bulk_create(
        JobOffer(
            poster_key=key,
            poster_name=f"Poster {i % 50}",
            title=f"Oferta {i}",
            description="Texto " * 50,
            kind=kinds[i % len(kinds)],
            town="Huelva" if i % 3 else "",
            region="es-an" if i % 2 else "pt-fa",
            remote=not i % 3,
            languages=["es", "pt"] if i % 2 else ["en"],
            language="es",
            closing_date=today + timedelta(days=1 + i % 60),
            status=JobOffer.Status.PUBLISHED,
            approved_at=now,
            published_at=now - timedelta(minutes=i),
        )
        for i in range(n)
    )


@pytest.fixture
def board(seller):
    user, shop, key = seller
    make = job_factories.offer
    return {
        "partner": make(poster_key=key, title="Socio panadería Badajoz"),
        "intern": make(
            poster_key=key,
            title="Prácticas turismo Algarve",
            kind="internship",
            town="Faro",
            region="pt-fa",
            languages=["pt", "en"],
            language="pt",
        ),
        "remote": make(
            poster_key=key,
            title="Diseñador web freelance",
            kind="freelance",
            town="",
            region="",
            remote=True,
            languages=["en"],
            language="en",
        ),
    }


@pytest.mark.parametrize(
    "query, shown",
    [
        ("", {"partner", "intern", "remote"}),
        ("?kind=internship", {"intern"}),
        ("?region=pt-fa", {"intern"}),
        ("?remote=on", {"remote"}),
        ("?language=pt", {"intern"}),
        ("?language=en&kind=freelance", {"remote"}),
    ],
)
def test_the_list_filters(client, board, query, shown):
    text = client.get(reverse("jobs:list") + query).text
    assert {name for name, offer in board.items() if offer.title in text} == shown


@pytest.mark.parametrize(
    "query",
    [
        "?kind=astronaut",
        "?region=%27%3B--",
        "?language=zz&remote=maybe",
        "?page=-1",
        "?page=abc",
        "?page=99999999999999999999",
        "?kind[]=a&kind=b",
    ],
)
def test_bad_filters_never_fail(client, board, query):
    response = client.get(reverse("jobs:list") + query)
    assert response.status_code == 200


def test_the_list_runs_a_fixed_number_of_queries_with_5000_offers(
    client, django_assert_max_num_queries
):
    offers_bulk(5000)
    for query in ("", "?kind=freelance&language=pt", "?remote=on&page=40"):
        with django_assert_max_num_queries(8):
            response = client.get(reverse("jobs:list") + query)
        assert response.status_code == 200
    offer = JobOffer.objects.first()
    with django_assert_max_num_queries(8):
        assert client.get(offer.get_absolute_url()).status_code == 200


def test_signed_in_pages_run_a_fixed_number_of_queries(
    client, seller, applicant, django_assert_max_num_queries
):
    user, shop, key = seller
    offers_bulk(300, key)
    offer = JobOffer.objects.first()
    for _ in range(40):
        job_factories.application(offer=offer, applicant=UserFactory())
    application = job_factories.application(offer=offer, applicant=applicant)
    for _ in range(30):
        job_factories.message(application=application, author=user, from_poster=True)
    client.force_login(user)
    for url in (
        reverse("jobs:mine"),
        reverse("jobs:applicants", args=[offer.pk]),
        application.get_absolute_url(),
        reverse("account_home"),
    ):
        with django_assert_max_num_queries(15):
            assert client.get(url).status_code == 200, url


def test_the_offer_page_is_public_and_cached_and_purged_on_change(client, board):
    offer = board["partner"]
    page = offer.get_absolute_url()
    first = client.get(page)
    assert first.status_code == 200
    assert "csrfmiddlewaretoken" not in first.text
    assert reverse("jobs:apply", args=[offer.pk]) in first.text
    assert client.get(page).text == first.text
    offer.title = "Socia panadería Badajoz"
    offer.save()
    assert "Socia panadería Badajoz" in client.get(offer.get_absolute_url()).text
    assert "Socia panadería Badajoz" in client.get(reverse("jobs:list")).text
    # A wrong slug goes to the right one.
    response = client.get(reverse("jobs:detail", args=[offer.pk, "wrong"]))
    assert response.status_code == 301


def test_the_apply_page_needs_a_login(client, board):
    response = client.get(reverse("jobs:apply", args=[board["partner"].pk]))
    assert response.status_code == 302 and "login" in response["Location"]


def test_the_account_shows_applications_and_the_posters_offers(
    client, offer, applicant, seller
):
    application = job_factories.application(offer=offer, applicant=applicant)
    application.status = Application.Status.IN_REVIEW
    application.save()
    client.force_login(applicant)
    text = client.get(reverse("account_home")).text
    assert "Socio panadero" in text
    assert reverse("jobs:application", args=[application.pk]) in text
    client.force_login(seller[0])
    assert reverse("jobs:mine") in client.get(reverse("account_home")).text


def test_the_data_download_holds_offers_applications_and_messages(
    client, offer, applicant, seller
):
    application = job_factories.application(offer=offer, applicant=applicant)
    job_factories.message(
        application=application, author=seller[0], from_poster=True, body="Hola Ana"
    )
    client.force_login(applicant)
    data = json.loads(client.get(reverse("account_data_export")).content)
    jobs = data["jobs"]
    assert jobs["applications"][0]["offer"] == "Socio panadero"
    assert jobs["applications"][0]["messages"][0]["body"] == "Hola Ana"
    assert seller[0].email not in json.dumps(jobs)
    client.force_login(seller[0])
    data = json.loads(client.get(reverse("account_data_export")).content)
    assert data["jobs"]["offers_posted"][0]["title"] == "Socio panadero"
    assert data["jobs"]["messages_written_as_poster"][0]["body"] == "Hola Ana"


def test_deleting_an_account_removes_applications_and_cvs_keeps_offers(
    client, offer, applicant, seller, django_capture_on_commit_callbacks
):
    from users.services import user_delete

    client.force_login(applicant)
    client.post(
        reverse("jobs:apply", args=[offer.pk]),
        {"message": "Hola", "cv": job_factories.pdf_upload()},
    )
    application = Application.objects.get()
    storage = application.cv.storage
    name = application.cv.name
    assert storage.exists(name)
    with django_capture_on_commit_callbacks(execute=True):
        user_delete(user=applicant)
    assert not Application.objects.exists()
    assert not storage.exists(name)
    with django_capture_on_commit_callbacks(execute=True):
        user_delete(user=seller[0])
    offer.refresh_from_db()
    assert offer.created_by is None
    assert offer.poster_name == "Panadería Guadiana"


def test_the_featured_job_card_shows_open_offers_only(board):
    card = job_card({"offer": board["intern"], "note": "Boa"}, "pt")
    assert card["title"] == "Prácticas turismo Algarve"
    assert card["url"].endswith(
        board["intern"].get_absolute_url().replace("/es/", "/pt/")
    )
    board["intern"].status = JobOffer.Status.CLOSED
    board["intern"].save()
    assert job_card({"offer": board["intern"]}, "pt") is None


def test_the_header_links_to_the_jobs_board(client):
    text = client.get("/en/").text
    assert 'href="/en/jobs/"' in text


def test_no_email_is_sent_twice_for_one_message(offer, applicant, seller):
    from jobs.notifications import message_posted_notify

    application = job_factories.application(offer=offer, applicant=applicant)
    message = job_factories.message(
        application=application, author=seller[0], from_poster=True
    )
    assert message_posted_notify(message_id=message.pk) == 1
    assert message_posted_notify(message_id=message.pk) == 0
    assert len(mail.outbox) <= 1


def test_staff_list_filter_and_choose_offers_in_the_admin(client, board, staff):
    client.force_login(staff)
    listing = client.get("/cms/jobs/?status=published")
    assert listing.status_code == 200
    assert "Socio panadería Badajoz" in listing.text
    assert client.get(f"/cms/jobs/inspect/{board['partner'].pk}/").status_code == 200
    chooser = client.get("/cms/newsletter_job_offer_chooser/")
    assert chooser.status_code == 200
    assert "Prácticas turismo Algarve" in chooser.json()["html"]


def test_an_organisations_offer_names_it_in_the_visitors_language(client):
    from tests.factories.organisations import (
        organisation_page,
        organisation_translation,
    )

    council = organisation_page(title="Ayuntamiento de Elvas", slug="elvas")
    in_english = organisation_translation(council, "en")
    in_english.title = "Elvas Town Council"
    in_english.save_revision().publish()
    offer = job_factories.offer(
        poster_key=f"organisation:{council.translation_key}",
        poster_name="Ayuntamiento de Elvas",
        poster_url=council.url,
    )

    path = offer.get_absolute_url()[len("/es") :]
    english = client.get(f"/en{path}").content.decode()
    spanish = client.get(f"/es{path}").content.decode()

    assert f'<a href="{in_english.url}">Elvas Town Council</a>' in english
    assert f'<a href="{council.url}">Ayuntamiento de Elvas</a>' in spanish
