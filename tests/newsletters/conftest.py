import pytest
from django.core import mail


@pytest.fixture(autouse=True)
def _site_url(settings):
    settings.SITE_URL = "https://rumbo.example"
    settings.NEWSLETTER_RATE_LIMIT = 0
    mail.outbox = []


@pytest.fixture
def staff_client(client, staff):
    client.force_login(staff)
    return client


@pytest.fixture
def user_client(client, user):
    client.force_login(user)
    return client


@pytest.fixture(autouse=True)
def _on_commit_now(request, monkeypatch):
    """Inside a test's wrapping transaction nothing commits: run on_commit work
    at once (mail queued through the outbox, sends started)."""
    if "transactional_db" in request.fixturenames or request.node.get_closest_marker(
        "worker"
    ):
        return
    from django.db import transaction

    monkeypatch.setattr(
        transaction, "on_commit", lambda func, using=None, robust=False: func()
    )
