"""The footer form's ``next``: only a path on this site is ever followed.

``next=b`` (no slash) used to reach ``redirect()``, which took it for a view
name and answered 500 (NoReverseMatch); other hosts must never be followed.
"""

import pytest
from newsletters.models import Subscriber

pytestmark = pytest.mark.django_db

URL = "/en/newsletter/subscribe/"
NOT_PATHS = [
    "b",
    "account_home",
    "newsletters:subscribe",
    "//evil.example/",
    "https://evil.example/",
    "http:/evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "javascript:alert(1)",
    " /en/",
    "",
]


@pytest.mark.parametrize("value", NOT_PATHS)
def test_an_invalid_email_with_a_next_that_is_not_a_local_path_shows_the_form(
    client, value
):
    response = client.post(URL, {"email": "not-an-address", "next": value})

    assert response.status_code == 400
    assert "Location" not in response
    assert 'name="email"' in response.content.decode()
    assert Subscriber.objects.count() == 0


@pytest.mark.parametrize("value", NOT_PATHS)
def test_a_valid_email_with_any_next_goes_to_the_confirmation_page(client, value):
    response = client.post(URL, {"email": "amina@example.org", "next": value})

    assert response.status_code == 302
    assert response["Location"] == "/en/newsletter/subscribe/sent/"
    assert Subscriber.objects.filter(email="amina@example.org").exists()


def test_an_invalid_email_goes_back_to_the_local_page_it_came_from(client):
    response = client.post(
        URL, {"email": "not-an-address", "next": "/en/courses/?page=2#top"}
    )

    assert response.status_code == 302
    assert response["Location"] == "/en/courses/?page=2#newsletter-signup"
    page = client.get(response["Location"], follow=True)
    assert "Enter a valid email address" in page.content.decode()


def test_too_many_attempts_go_back_to_a_local_next_or_the_form(client, settings):
    from newsletters import views

    for _ in range(views.SUBSCRIBE_LIMIT):
        client.post(URL, {"email": "amina@example.org", "next": "/en/"})

    back = client.post(URL, {"email": "amina@example.org", "next": "/en/"})
    bare = client.post(URL, {"email": "amina@example.org", "next": "b"})

    assert back.status_code == bare.status_code == 302
    assert back["Location"] == "/en/"
    assert bare["Location"] == URL


@pytest.mark.parametrize("value", NOT_PATHS)
def test_every_view_gets_a_next_that_is_a_local_path_or_none(value, rf):
    """The middleware drops any other ``next`` before a view reads it, so
    Wagtail's, Oscar's and allauth's views are covered too."""
    from rumbo.middleware import RequestSanityMiddleware

    seen = {}

    def view(request):
        seen["get"] = request.GET.get("next")
        seen["post"] = request.POST.get("next")
        return None

    middleware = RequestSanityMiddleware(view)
    middleware(rf.post(f"/en/?next={value}", {"next": value, "other": "kept"}))

    assert seen == {"get": None, "post": None}


def test_a_local_next_reaches_the_view(rf):
    from rumbo.middleware import RequestSanityMiddleware

    seen = {}

    def view(request):
        seen["next"] = request.GET.get("next")
        return None

    RequestSanityMiddleware(view)(rf.get("/en/", {"next": "/en/shop/?page=2"}))

    assert seen["next"] == "/en/shop/?page=2"
