"""DJANGO_ENV=production refuses to start without its secrets and passes
`check --deploy`.

Each case runs `manage.py` in a subprocess with a clean environment, so nothing
from the developer's shell (DATABASE_URL, REDIS_URL, DEBUG, ...) leaks in.
"""

import os
import secrets
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
HOST = "rumbo.example.org"


def dotenv_sets(name: str) -> bool:
    """settings.py reads REPO/.env, which would fill in what a test leaves out."""
    dotenv = REPO / ".env"
    if not dotenv.is_file():
        return False
    return any(
        line.strip().startswith(f"{name}=") for line in dotenv.read_text().splitlines()
    )


def manage(*args: str, **env: str) -> subprocess.CompletedProcess:
    clean_env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),
        "LANG": "C.UTF-8",
        "PYTHONDONTWRITEBYTECODE": "1",
        "DJANGO_ENV": "production",
        **env,
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env=clean_env,
        capture_output=True,
        text=True,
        timeout=180,
    )


@pytest.fixture(scope="module")
def secret_key() -> str:
    key = secrets.token_urlsafe(64)
    assert len(key) >= 50 and len(set(key)) >= 5
    return key


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without_a_required_variable(missing, secret_key):
    if dotenv_sets(missing):
        pytest.skip(f"the .env file at the root sets {missing}")
    env = {"SECRET_KEY": secret_key, "ALLOWED_HOSTS": HOST}
    del env[missing]

    result = manage("check", **env)

    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr
    assert f"Set the {missing} environment variable" in result.stderr


def test_production_refuses_an_empty_allowed_hosts(secret_key):
    result = manage("check", SECRET_KEY=secret_key, ALLOWED_HOSTS="")

    assert result.returncode != 0
    assert "ALLOWED_HOSTS" in result.stderr


def test_production_passes_the_deployment_checks_without_warnings(secret_key):
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        SECRET_KEY=secret_key,
        ALLOWED_HOSTS=HOST,
        # Opting in to the browsers' preload list is a deployment decision
        # (hard to undo) that Django's security.W021 asks for.
        SECURE_HSTS_PRELOAD="true",
    )

    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "WARNING" not in output and "(security." not in output, output
    assert "System check identified no issues" in output


def test_production_forces_debug_off_and_secures_cookies(secret_key):
    code = (
        "import re; from django.conf import settings as s; "
        "print(s.DEBUG, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, "
        "s.SECURE_SSL_REDIRECT, s.SECURE_HSTS_SECONDS > 0, "
        "any(re.search(p, 'healthz') for p in s.SECURE_REDIRECT_EXEMPT))"
    )

    result = manage(
        "shell",
        "--no-imports",
        "-c",
        code,
        SECRET_KEY=secret_key,
        ALLOWED_HOSTS=HOST,
        DEBUG="true",
    )

    assert result.returncode == 0, result.stderr
    debug, session_secure, csrf_secure, redirect, hsts, healthz_exempt = (
        result.stdout.split()
    )
    assert debug == "False", "DEBUG=true must be ignored in production"
    assert session_secure == csrf_secure == redirect == hsts == "True"
    assert healthz_exempt == "True", "the health check is not redirected to HTTPS"


def test_production_ssl_redirect_can_be_turned_off_for_plain_http(secret_key):
    code = "from django.conf import settings; print(settings.SECURE_SSL_REDIRECT)"

    result = manage(
        "shell",
        "--no-imports",
        "-c",
        code,
        SECRET_KEY=secret_key,
        ALLOWED_HOSTS=HOST,
        SECURE_SSL_REDIRECT="false",
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_platform_is_the_standard_library_module_in_the_configured_project():
    # tests/platform/test_layout.py checks platform.system() and that it is not
    # a package; this pins where it comes from.
    import platform

    from django.conf import settings

    assert settings.configured
    assert platform.system()
    stdlib = Path(sysconfig.get_paths()["stdlib"]).resolve()
    assert Path(platform.__file__).resolve() == stdlib / "platform.py"
