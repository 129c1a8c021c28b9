"""The demo jobs board: offers from the demo shops and organisations in three
languages, some waiting for approval, one closed, applications with a PDF CV
and replies; seeding twice creates nothing twice."""

import pytest

from demo.accounts import demo_users_ensure
from demo.seeders.jobs import jobs_seed
from demo.seeders.organisations import organisations_seed
from demo.seeders.shop import _shops
from jobs.models import Application, ApplicationMessage, JobOffer
from jobs.selectors import offers_open

pytestmark = pytest.mark.django_db


def test_the_demo_board_is_seeded_once_through_the_services(client):
    demo_users_ensure()
    _shops()
    organisations_seed()
    first = jobs_seed()
    second = jobs_seed()
    assert first["offers"] >= 15 and first["created"] == first["offers"]
    assert second["created"] == 0 and second["applications"] == 0
    offers = JobOffer.objects.all()
    assert {o.language for o in offers} == {"es", "pt", "en"}
    assert offers.filter(poster_key__startswith="organisation:").count() == 4
    assert offers.filter(status=JobOffer.Status.PENDING).count() == 2
    assert offers.filter(status=JobOffer.Status.CLOSED).count() == 1
    assert offers_open().count() >= 12
    assert first["applications"] >= 5
    with_cv = Application.objects.exclude(cv="")
    assert with_cv.count() == Application.objects.count()
    assert with_cv.first().cv.open("rb").read(5) == b"%PDF-"
    karim = Application.objects.get(
        applicant__email="karim@rumbo.example", offer__title__contains="Badajoz"
    )
    assert karim.status == Application.Status.INTERVIEW
    assert ApplicationMessage.objects.filter(application=karim).count() == 2
    client.force_login(karim.applicant)
    page = client.get(karim.get_absolute_url()).text
    assert "jueves" in page
    assert karim.offer.created_by.email not in page
    ngo = offers.get(title__startswith="Mentor coordinator")
    assert ngo.poster_url.startswith("/en/")
