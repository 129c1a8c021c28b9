"""Rate limits key on the visitor's address, directly or behind a proxy we run.

Behind a load balancer every request comes from the balancer's address: with
no trusted proxy configured, one person's failed log-ins would lock everyone
out. TRUSTED_PROXY_COUNT (the client is that many addresses from the right of
X-Forwarded-For) or TRUSTED_CLIENT_IP_HEADER (a header the proxy sets) tell
allauth, and our own limits, where the client's address is. Unset, nothing a
visitor writes in those headers is believed.
"""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

REPO = Path(__file__).resolve().parents[2]
LOGIN = "/en/accounts/login/"
BALANCER = "10.0.0.2"
CLIENT_A = "203.0.113.5"
CLIENT_B = "198.51.100.7"


@pytest.fixture(autouse=True)
def _small_ip_limit(settings):
    # Three failures per address and minute; the per-email limit out of the way.
    settings.ACCOUNT_RATE_LIMITS = {"login_failed": "3/m/ip,100/m/key"}


def _fail_three_times(client, user, **headers):
    for _ in range(3):
        client.post(LOGIN, {"login": user.email, "password": "wrong"}, **headers)
        assert "_auth_user_id" not in client.session


def _logs_in(client, user, password, **headers) -> bool:
    client.post(LOGIN, {"login": user.email, "password": password}, **headers)
    signed_in = client.session.get("_auth_user_id") == str(user.pk)
    client.logout()
    return signed_in


def test_directly_a_forged_forwarded_for_does_not_escape_the_limit(
    client, user, password
):
    _fail_three_times(client, user, HTTP_X_FORWARDED_FOR="192.0.2.1")

    other = UserFactory(password=password)
    assert not _logs_in(client, other, password, HTTP_X_FORWARDED_FOR="192.0.2.99")


def test_directly_each_address_has_its_own_limit(client, user, password):
    _fail_three_times(client, user, REMOTE_ADDR=CLIENT_A)

    assert not _logs_in(client, user, password, REMOTE_ADDR=CLIENT_A)
    assert _logs_in(client, user, password, REMOTE_ADDR=CLIENT_B)


def test_behind_one_trusted_proxy_each_client_has_its_own_limit(
    client, settings, user, password
):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    a = {"REMOTE_ADDR": BALANCER, "HTTP_X_FORWARDED_FOR": CLIENT_A}
    b = {"REMOTE_ADDR": BALANCER, "HTTP_X_FORWARDED_FOR": CLIENT_B}

    _fail_three_times(client, user, **a)

    assert not _logs_in(client, user, password, **a)
    assert _logs_in(client, user, password, **b)


def test_behind_a_proxy_a_client_cannot_pose_as_another(
    client, settings, user, password
):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    _fail_three_times(client, user, REMOTE_ADDR=BALANCER, HTTP_X_FORWARDED_FOR=CLIENT_A)

    # A writes B's address first; the proxy appends A's real one.
    forged = {
        "REMOTE_ADDR": BALANCER,
        "HTTP_X_FORWARDED_FOR": f"{CLIENT_B}, {CLIENT_A}",
    }
    assert not _logs_in(client, user, password, **forged)


def test_behind_a_proxy_that_sets_a_client_header(client, settings, user, password):
    settings.ALLAUTH_TRUSTED_CLIENT_IP_HEADER = "X-Real-IP"
    _fail_three_times(client, user, REMOTE_ADDR=BALANCER, HTTP_X_REAL_IP=CLIENT_A)

    assert not _logs_in(
        client, user, password, REMOTE_ADDR=BALANCER, HTTP_X_REAL_IP=CLIENT_A
    )
    assert _logs_in(
        client, user, password, REMOTE_ADDR=BALANCER, HTTP_X_REAL_IP=CLIENT_B
    )


def test_the_newsletter_limit_counts_each_client_behind_the_proxy(client, settings):
    from newsletters import views

    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    url = "/en/newsletter/subscribe/"
    for n in range(views.SUBSCRIBE_LIMIT):
        client.post(
            url,
            {"email": f"a{n}@example.org"},
            REMOTE_ADDR=BALANCER,
            HTTP_X_FORWARDED_FOR=CLIENT_A,
        )

    blocked = client.post(
        url,
        {"email": "a@example.org"},
        REMOTE_ADDR=BALANCER,
        HTTP_X_FORWARDED_FOR=CLIENT_A,
    )
    allowed = client.post(
        url,
        {"email": "b@example.org"},
        REMOTE_ADDR=BALANCER,
        HTTP_X_FORWARDED_FOR=CLIENT_B,
    )

    assert blocked["Location"] == url
    assert allowed["Location"] == "/en/newsletter/subscribe/sent/"


def _settings_with(**env) -> str:
    clean = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),
        "LANG": "C.UTF-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        **env,
    }
    code = (
        "from django.conf import settings as s; "
        "print(s.ALLAUTH_TRUSTED_PROXY_COUNT, s.ALLAUTH_TRUSTED_CLIENT_IP_HEADER)"
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=REPO,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_the_trusted_proxy_comes_from_the_environment():
    if (REPO / ".env").is_file() and "TRUSTED_" in (REPO / ".env").read_text():
        pytest.skip("the .env file at the root sets a trusted proxy")

    assert _settings_with() == "0 None"
    assert _settings_with(TRUSTED_PROXY_COUNT="1") == "1 None"
    assert _settings_with(TRUSTED_CLIENT_IP_HEADER="X-Real-IP") == "0 X-Real-IP"
