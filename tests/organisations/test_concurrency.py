"""A double submit racing on a real PostgreSQL: accepted once, one time stamp."""

import pytest

from organisations.models import Invitation
from organisations.services import invitation_accept
from tests.concurrency import race
from tests.factories import UserFactory
from tests.factories.organisations import organisation_page

pytestmark = pytest.mark.django_db(transaction=True)


def test_two_accepts_at_once_accept_once(postgres):
    organisation = organisation_page()
    person = UserFactory(email="nova@example.org")
    invitation = Invitation.objects.create(
        email=person.email, organisation=organisation
    )
    results = race(
        [
            lambda: invitation_accept(token=invitation.token, user=person),
            lambda: invitation_accept(token=invitation.token, user=person),
        ]
    )
    assert all(isinstance(r, Invitation) for r in results), results
    assert {r.accepted_at for r in results} == {Invitation.objects.get().accepted_at}
    assert person.groups.count() == 1
