"""The staff back office (Oscar's dashboard): its URLs, users and one order."""

from decimal import Decimal

import pytest
from django.apps import apps
from django.test import Client
from django.urls import URLPattern, URLResolver, reverse
from oscar.core.loading import get_model

from tests.factories import UserFactory
from tests.factories.shop import dashboard_seller, product
from tests.shop.orders.conftest import basket_add, checkout

Order = get_model("order", "Order")

# Oscar's own log-in and log-out pages are open by design (engineer
# "robustness" sends the log-in to allauth); every other URL is staff only.
OPEN = {"login", "logout"}

# Values for URL parameters; ids point at nothing unless a test creates it.
SAMPLE = {"number": "100001", "slug": "order-placed", "product_class_slug": "service"}


def dashboard_patterns():
    """(name, parameter names) of every URL the dashboard app serves."""

    def walk(patterns):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns)
            elif isinstance(pattern, URLPattern) and pattern.name:
                regex = pattern.pattern.regex
                yield pattern.name, tuple(regex.groupindex)

    config = apps.get_app_config("dashboard")
    return sorted(set(walk(config.urls[0])))


def dashboard_url(name, params, **values):
    kwargs = {p: values.get(p, SAMPLE.get(p, "1")) for p in params}
    return reverse(f"dashboard:{name}", kwargs=kwargs)


def pattern_id(pattern) -> str:
    name, params = pattern
    return f"{name}({','.join(params)})"


PATTERNS = [p for p in dashboard_patterns() if p[0] not in OPEN]
IDS = [pattern_id(p) for p in PATTERNS]


@pytest.fixture
def seller(db):
    """A seller who still holds Oscar's partner.dashboard_access: the worst case."""
    partner = dashboard_seller(name="Cerámica Ana")
    partner.shipping_flat_rate = Decimal("4.90")
    partner.save()
    return partner


@pytest.fixture
def seller_user(seller):
    return seller.users.get()


@pytest.fixture
def learner(db):
    return UserFactory()


@pytest.fixture
def staff_member(db):
    """Staff with Oscar's model permissions (a superuser), as seeded."""
    return UserFactory(is_staff=True, is_superuser=True)


@pytest.fixture
def order(seller):
    """A guest's order of one physical product of `seller`, shipped to Huelva."""
    buyer = Client()
    item = product(seller, title="Taza de barro", price="12.00")
    basket_add(buyer, item, 2)
    assert checkout(buyer, email="lucia@example.org").status_code == 302
    return Order.objects.get()
