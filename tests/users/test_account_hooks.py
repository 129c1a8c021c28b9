"""The account area's extension points (users.hooks): panels, data-export
sections and deletion steps that feature apps register."""

import json

import pytest
from django.contrib.auth import get_user_model
from wagtail import hooks

from users.hooks import (
    ACCOUNT_DELETION_STEPS,
    ACCOUNT_PANELS,
    DATA_EXPORT_SECTIONS,
    AccountPanel,
)

User = get_user_model()
pytestmark = pytest.mark.django_db


def _progress_panel(request):
    return AccountPanel(
        key="badges",
        title="My badges",
        template_name="courses/includes/progress.html",
        context={"percent": 77, "done": 7, "total": 9},
        stylesheets=("badges/badges.css",),
    )


def test_a_registered_panel_is_shown_with_its_context_and_stylesheet(client, user):
    client.force_login(user)

    with hooks.register_temporarily(ACCOUNT_PANELS, _progress_panel):
        html = client.get("/en/accounts/").content.decode()

    assert (
        '<section class="panel" id="badges" aria-labelledby="badges-heading">' in html
    )
    assert '<h2 id="badges-heading">My badges</h2>' in html
    assert 'value="77"' in html
    assert 'href="/static/badges/badges.css"' in html


def test_panels_appear_in_app_order_between_profile_and_newsletter(client, user):
    client.force_login(user)

    html = client.get("/en/accounts/").content.decode()

    positions = [
        html.index(f'id="{key}"')
        for key in ("profile-heading", "courses", "shop", "mentoring", "newsletter")
    ]
    assert positions == sorted(positions)


def test_a_panel_hook_returning_none_shows_nothing(client, user):
    client.force_login(user)

    with hooks.register_temporarily(ACCOUNT_PANELS, lambda request: None):
        html = client.get("/en/accounts/").content.decode()

    assert html.count('<section class="panel"') == 8


def test_the_download_has_a_section_from_each_app_in_the_usual_order(client, user):
    client.force_login(user)

    data = json.loads(client.get("/en/accounts/data/").content)

    assert list(data) == [
        "exported_at",
        "account",
        "shop_orders",
        "shop_addresses",
        "organisations",
        "news_wall",
        "event_registrations",
        "jobs",
        "learning",
        "mentoring",
        "newsletter",
    ]


def test_a_registered_section_is_in_the_download(client, user):
    client.force_login(user)

    def badges():
        return {"badges": lambda person: [person.email]}

    with hooks.register_temporarily(DATA_EXPORT_SECTIONS, badges):
        data = json.loads(client.get("/en/accounts/data/").content)

    assert data["badges"] == [user.email]


def test_deletion_steps_run_before_the_account_goes(client, user, password):
    seen = []

    def step(person):
        seen.append(User.objects.filter(pk=person.pk).exists())

    client.force_login(user)
    with hooks.register_temporarily(ACCOUNT_DELETION_STEPS, step):
        client.post("/en/accounts/delete/", {"password": password, "confirm": "on"})

    assert seen == [True]
    assert not User.objects.filter(pk=user.pk).exists()
