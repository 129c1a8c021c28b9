"""Who is a seller (shop.marketplace.sellers) and each seller's status on an
order (shop.marketplace.status)."""

import pytest
from django.contrib.auth.models import AnonymousUser

from shop.marketplace.sellers import is_seller, shop_of
from shop.marketplace.status import seller_status
from shop.order import status as st
from tests.factories import UserFactory
from tests.factories.shop import seller


@pytest.mark.django_db
def test_a_seller_is_one_of_the_people_of_a_shop():
    ana = seller(name="Cerámica Ana")
    karim = seller(name="Miel Karim")
    owner = ana.users.get()
    buyer = UserFactory()
    staff = UserFactory(is_staff=True)

    assert is_seller(owner) and shop_of(owner) == ana
    assert is_seller(owner, ana) and not is_seller(owner, karim)
    assert not is_seller(buyer) and shop_of(buyer) is None
    assert not is_seller(staff) and not is_seller(staff, ana)  # staff is not a seller
    assert not is_seller(AnonymousUser()) and not is_seller(AnonymousUser(), ana)
    assert shop_of(AnonymousUser()) is None


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        ([st.AWAITING_PAYMENT], st.AWAITING_PAYMENT),
        ([st.PAID, st.PAID], st.PAID),
        ([st.PAID, st.CANCELLED], st.PAID),  # the live lines are all paid
        ([st.SHIPPED, st.CANCELLED], st.SHIPPED),
        ([st.PAID, st.SHIPPED], st.IN_PROGRESS),
        ([st.COMPLETED, st.CANCELLED], st.COMPLETED),
        ([st.CANCELLED, st.CANCELLED], st.CANCELLED),
    ],
)
def test_a_sellers_status_follows_their_own_lines(statuses, expected):
    assert seller_status(statuses) == expected
