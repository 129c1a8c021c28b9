"""Racing submits on PostgreSQL: one application per person and offer, one
offer per double submit."""

from datetime import timedelta

import pytest
from django.utils import timezone

from jobs.models import Application, JobOffer
from jobs.services import OfferData, application_create, offer_create
from tests.concurrency import race
from tests.factories import UserFactory
from tests.factories import jobs as job_factories

pytestmark = pytest.mark.django_db(transaction=True)


def test_racing_applications_of_one_person_make_one(postgres):
    user, shop, key = job_factories.shop_poster()
    offer = job_factories.offer(poster_key=key, created_by=user)
    applicant = UserFactory()
    results = race(
        [
            lambda: application_create(user=applicant, offer=offer, message="Hola")
            for _ in range(4)
        ]
    )
    assert Application.objects.filter(offer=offer, applicant=applicant).count() == 1
    assert sum(isinstance(r, Application) for r in results) == 1


def test_racing_double_submits_of_an_offer_make_one(postgres):
    user, shop, key = job_factories.shop_poster()
    data = OfferData(
        title="Panadero",
        description="Horno de leña.",
        kind="employee",
        town="Badajoz",
        region="es-ex",
        remote=False,
        languages=["es"],
        language="es",
        closing_date=timezone.localdate() + timedelta(days=10),
    )
    results = race(
        [lambda: offer_create(user=user, poster_key=key, data=data) for _ in range(3)]
    )
    assert JobOffer.objects.count() == 1
    assert all(isinstance(r, JobOffer) for r in results), results
