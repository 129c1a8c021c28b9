"""The Dockerfile, docker-compose.yml and .env.example agree with the code.

Nothing here needs Docker: the files are parsed and every name they use (WSGI
path, Celery app, queues, management commands, environment variables, health
URL) is checked against the project itself.
"""

import importlib
import json
import re
import shlex
from pathlib import Path

import pytest
import yaml
from celery import Celery
from django.conf import settings
from django.core.management import get_commands
from django.urls import resolve

REPO = Path(__file__).resolve().parents[2]
SETTINGS_SOURCE = (REPO / "platform" / "rumbo" / "settings.py").read_text()

# Read from the environment by a library rather than by settings.py, and
# documented in .env.example all the same.
READ_BY_LIBRARIES = {
    "AWS_ACCESS_KEY_ID": "boto3",
    "AWS_SECRET_ACCESS_KEY": "boto3",
}


def settings_env_vars() -> set[str]:
    """Names settings.py reads: env("X"), env.bool("X"), os.environ["X"], ..."""
    patterns = [
        r"""\benv(?:\.\w+)?\(\s*["']([A-Z][A-Z0-9_]*)["']""",
        r"""\bos\.environ(?:\.get)?\s*[\[(]\s*["']([A-Z][A-Z0-9_]*)["']""",
        r"""\bos\.getenv\(\s*["']([A-Z][A-Z0-9_]*)["']""",
    ]
    return {name for p in patterns for name in re.findall(p, SETTINGS_SOURCE)}


def env_example_vars() -> set[str]:
    text = (REPO / ".env.example").read_text()
    return set(re.findall(r"^#?\s*([A-Z][A-Z0-9_]*)=", text, flags=re.MULTILINE))


@pytest.fixture(scope="module")
def compose() -> dict:
    return yaml.safe_load((REPO / "docker-compose.yml").read_text())


@pytest.fixture(scope="module")
def dockerfile() -> list[str]:
    """Instructions of the Dockerfile, continuation lines joined, comments out."""
    lines, current = [], ""
    for raw in (REPO / "Dockerfile").read_text().splitlines():
        line = raw.strip()
        if line.startswith("#") or (not line and not current):
            continue
        if line.endswith("\\"):
            current += line[:-1] + " "
            continue
        lines.append((current + line).strip())
        current = ""
    return [line for line in lines if line]


def command_of(service: dict) -> list[str]:
    command = service["command"]
    return shlex.split(command) if isinstance(command, str) else list(command)


def app_services(compose: dict) -> dict[str, dict]:
    """The services that run our code (everything but the third-party images)."""
    return {
        name: service
        for name, service in compose["services"].items()
        if name not in ("db", "redis")
    }


def option(command: list[str], *flags: str) -> str:
    for i, arg in enumerate(command):
        if arg in flags:
            return command[i + 1]
        for flag in flags:
            if flag.startswith("--") and arg.startswith(flag + "="):
                return arg.split("=", 1)[1]
    raise AssertionError(f"none of {flags} in {command}")


def wsgi_target(command: list[str]) -> str:
    targets = [
        arg for arg in command if re.fullmatch(r"[A-Za-z_][\w.]*:[A-Za-z_]\w*", arg)
    ]
    assert len(targets) == 1, command
    return targets[0]


def test_the_settings_source_is_parsed_for_environment_variables():
    names = settings_env_vars()

    assert {"DJANGO_ENV", "SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"} <= names
    assert {"EMAIL_URL", "MEDIA_ROOT", "SECURE_HSTS_PRELOAD"} <= names


def test_every_service_running_our_code_is_built_from_the_dockerfile(compose):
    services = app_services(compose)

    assert set(services) == {"migrate", "web", "worker", "beat"}
    for name, service in services.items():
        build = service.get("build")
        assert build is not None, f"{name} is not built from the Dockerfile"
        context = build if isinstance(build, str) else build.get("context", ".")
        dockerfile = (
            "Dockerfile"
            if isinstance(build, str)
            else build.get("dockerfile", "Dockerfile")
        )
        assert (REPO / context / dockerfile).resolve() == REPO / "Dockerfile", name
        assert service["environment"]["DJANGO_ENV"] == "production", name


def test_third_party_services_have_health_checks(compose):
    services = compose["services"]

    assert services["db"]["image"].startswith("postgres:16")
    assert services["redis"]["image"].startswith("redis:7")
    assert "pg_isready" in str(services["db"]["healthcheck"]["test"])
    assert "ping" in str(services["redis"]["healthcheck"]["test"])


def test_web_waits_for_migrations_and_redis(compose):
    services = compose["services"]
    web = services["web"]["depends_on"]

    assert web["migrate"]["condition"] == "service_completed_successfully"
    assert web["redis"]["condition"] == "service_healthy"
    assert services["migrate"]["depends_on"]["db"]["condition"] == "service_healthy"
    assert "8000:8000" in services["web"]["ports"]
    assert any(v.endswith(":/app/var/media") for v in services["web"]["volumes"])


def test_web_command_points_at_a_wsgi_callable(compose):
    command = command_of(compose["services"]["web"])
    module_name, attribute = wsgi_target(command).split(":")

    module = importlib.import_module(module_name)
    application = getattr(module, attribute)

    assert command[0] == "gunicorn"
    assert option(command, "--bind", "-b") == "0.0.0.0:8000"
    assert callable(application)
    assert f"{module_name}.{attribute}" == settings.WSGI_APPLICATION


def test_dockerfile_default_command_serves_the_same_wsgi_app(compose, dockerfile):
    cmd = [line for line in dockerfile if line.startswith("CMD ")][-1]
    image_command = json.loads(cmd[len("CMD ") :])

    assert image_command[0] == "gunicorn"
    assert wsgi_target(image_command) == wsgi_target(
        command_of(compose["services"]["web"])
    )
    assert option(image_command, "--bind", "-b") == "0.0.0.0:8000"


@pytest.mark.parametrize("service", ["worker", "beat"])
def test_celery_services_point_at_the_celery_app(compose, service):
    command = command_of(compose["services"][service])
    target = option(command, "-A", "--app")

    module_name, _, attribute = target.partition(":")
    app = getattr(importlib.import_module(module_name), attribute or "app")

    assert command[0] == "celery"
    assert isinstance(app, Celery)
    assert service in command


def test_worker_consumes_every_queue_tasks_are_routed_to(compose):
    command = command_of(compose["services"]["worker"])
    routed = {route["queue"] for route in settings.CELERY_TASK_ROUTES.values()}

    queues = set(option(command, "-Q", "--queues").split(","))

    assert queues == routed | {settings.CELERY_TASK_DEFAULT_QUEUE}
    assert queues == {"default", "mail"}


def test_migrate_runs_a_real_management_command(compose):
    command = command_of(compose["services"]["migrate"])

    assert command[:3] == ["python", "manage.py", "migrate"]
    assert "--noinput" in command
    assert "migrate" in get_commands()
    assert compose["services"]["migrate"].get("restart") in ("no", False)


def test_dockerfile_build_steps_use_real_management_commands(dockerfile):
    used = set()
    for line in dockerfile:
        used |= set(re.findall(r"manage\.py (\w+)", line))

    assert {"link_locales", "compilemessages", "collectstatic"} <= used
    assert used <= set(get_commands())


def test_dockerfile_puts_platform_on_the_path_and_drops_root(dockerfile):
    env = " ".join(line for line in dockerfile if line.startswith("ENV "))
    pythonpath = re.search(r"PYTHONPATH=(\S+)", env).group(1).split(":")
    users = [line.split()[1] for line in dockerfile if line.startswith("USER ")]

    assert "/app/platform" in pythonpath
    assert [line for line in dockerfile if line.startswith("WORKDIR ")] == [
        "WORKDIR /app"
    ]
    assert users and users[-1] not in ("root", "0")
    assert dockerfile[0].startswith("FROM python:3.11-slim")
    assert any("-c requirements.lock" in line for line in dockerfile), (
        "installs the dependencies with the lock as constraints"
    )
    assert not any(".[dev]" in line for line in dockerfile)


def test_dockerfile_copies_only_what_exists(dockerfile):
    for line in dockerfile:
        if line.startswith("COPY "):
            sources = line.split()[1:-1]
            for source in sources:
                assert (REPO / source).exists(), line


def test_the_health_check_url_exists(dockerfile):
    healthcheck = [line for line in dockerfile if line.startswith("HEALTHCHECK ")]
    assert len(healthcheck) == 1
    url = re.search(r"https?://[^'\"]+", healthcheck[0]).group(0)
    path = "/" + url.split("/", 3)[3]

    assert "urllib" in healthcheck[0]
    assert path == "/healthz"
    assert resolve(path).url_name == "healthz"


def test_compose_sets_only_variables_settings_read(compose):
    known = settings_env_vars()

    for name, service in app_services(compose).items():
        unknown = set(service["environment"]) - known
        assert not unknown, f"{name} sets {unknown}, which settings.py never reads"


def test_compose_interpolates_only_variables_settings_read():
    text = (REPO / "docker-compose.yml").read_text()
    interpolated = set(re.findall(r"\$\{([A-Z][A-Z0-9_]*)", text))

    assert interpolated
    assert interpolated <= settings_env_vars()


def test_compose_requires_a_secret_key_and_serves_plain_http(compose):
    env = compose["x-env"]

    assert env["SECRET_KEY"].startswith("${SECRET_KEY:?")
    assert env["DATABASE_URL"] == "postgres://rumbo:rumbo@db:5432/rumbo"
    assert env["REDIS_URL"] == "redis://redis:6379/0"
    assert "false" in env["SECURE_SSL_REDIRECT"]


def test_env_example_lists_exactly_what_settings_read():
    documented = env_example_vars()
    read = settings_env_vars()

    assert read - documented == set(), "missing from .env.example"
    assert documented - read - set(READ_BY_LIBRARIES) == set(), (
        "in .env.example but never read by settings.py"
    )


def test_env_example_sets_nothing_by_default():
    text = (REPO / ".env.example").read_text()

    uncommented = re.findall(r"^([A-Z][A-Z0-9_]*)=", text, flags=re.MULTILINE)

    assert uncommented == [], "defaults must stay commented out"


def test_every_variable_settings_read_is_in_the_readme():
    readme = (REPO / "README.md").read_text()

    missing = {name for name in settings_env_vars() if f"`{name}`" not in readme}

    assert missing == set()
