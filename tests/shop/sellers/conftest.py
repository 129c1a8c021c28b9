"""Fixtures for sellers' tests: two sellers, a buyer, staff, and a form reader."""

from html.parser import HTMLParser

import pytest

from tests.factories import UserFactory
from tests.factories import shop as shop_factories


class _FormReader(HTMLParser):
    """Collects what a browser would post from the page's forms."""

    def __init__(self):
        super().__init__()
        self.data = {}
        self._select = None
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        name = a.get("name")
        if tag == "input" and name and "disabled" not in a:
            kind = a.get("type", "text")
            if kind in ("checkbox", "radio"):
                if "checked" in a:
                    self.data[name] = a.get("value", "on")
            elif kind not in ("submit", "file", "button"):
                self.data[name] = a.get("value", "")
        elif tag == "select" and name and "disabled" not in a:
            self._select = name
            self.data.setdefault(name, "")
        elif tag == "option" and self._select and "selected" in a:
            self.data[self._select] = a.get("value", "")
        elif tag == "textarea" and name and "disabled" not in a:
            self._textarea = name
            self.data[name] = ""

    def handle_endtag(self, tag):
        if tag == "select":
            self._select = None
        if tag == "textarea":
            self._textarea = None

    def handle_data(self, data):
        if self._textarea:
            self.data[self._textarea] += data


def form_data(response) -> dict:
    reader = _FormReader()
    reader.feed(response.content.decode())
    reader.data.pop("csrfmiddlewaretoken", None)
    return reader.data


@pytest.fixture
def category(db):
    return shop_factories.category("General")


@pytest.fixture
def seller_a(db):
    return shop_factories.dashboard_seller(name="Cerámica Ana")


@pytest.fixture
def seller_b(db):
    return shop_factories.dashboard_seller(name="Contabilidad Karim")


@pytest.fixture
def user_a(seller_a):
    return seller_a.users.get()


@pytest.fixture
def user_b(seller_b):
    return seller_b.users.get()


@pytest.fixture
def buyer(db):
    return UserFactory()


@pytest.fixture
def staff(db):
    return UserFactory(is_staff=True, is_superuser=True)
