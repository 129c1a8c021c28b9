"""Two accepts racing for a mentor's last place, on a real PostgreSQL."""

import pytest
from django.core.exceptions import ValidationError

from mentoring.models import Mentorship
from mentoring.services.requests import request_accept
from tests.concurrency import race
from tests.factories.mentoring import MentorFactory, RequestFactory

pytestmark = pytest.mark.django_db(transaction=True)


def test_two_accepts_for_the_last_place_make_one_mentorship(postgres):
    for _attempt in range(5):
        mentor = MentorFactory(capacity=1)
        first = RequestFactory(mentor=mentor)
        second = RequestFactory(mentor=mentor)
        results = race(
            [
                lambda r=first, u=mentor.user: request_accept(request_id=r.pk, user=u),
                lambda r=second, u=mentor.user: request_accept(request_id=r.pk, user=u),
            ]
        )
        assert Mentorship.objects.filter(mentor=mentor, status="active").count() == 1
        winners = [r for r in results if isinstance(r, Mentorship)]
        losers = [r for r in results if isinstance(r, ValidationError)]
        assert len(winners) == 1 and len(losers) == 1, results
        assert "No te quedan plazas libres" in losers[0].messages[0]


def test_two_accepts_with_two_places_both_succeed(postgres):
    mentor = MentorFactory(capacity=2)
    first, second = RequestFactory(mentor=mentor), RequestFactory(mentor=mentor)
    results = race(
        [
            lambda: request_accept(request_id=first.pk, user=mentor.user),
            lambda: request_accept(request_id=second.pk, user=mentor.user),
        ]
    )
    assert all(isinstance(r, Mentorship) for r in results)
