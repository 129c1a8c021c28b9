"""The demo stays out of production: not installed, not in the image, and no
product code depends on it."""

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PRODUCT_DIRS = ["platform", "courses", "shop", "mentoring"]

_PROBE = """
import json
import django
from django.conf import settings
from django.core.management import get_commands

django.setup()
print(json.dumps({"apps": settings.INSTALLED_APPS, "commands": sorted(get_commands())}))
"""


def _settings_under(env: dict) -> dict:
    environ = {
        key: value
        for key, value in os.environ.items()
        if key not in ("RUMBO_DEMO", "DJANGO_ENV", "DATABASE_URL", "REDIS_URL")
    }
    environ.update(
        DJANGO_SETTINGS_MODULE="rumbo.settings",
        PYTHONPATH=os.pathsep.join([str(ROOT / "platform"), str(ROOT)]),
        **env,
    )
    output = subprocess.run(
        [sys.executable, "-c", _PROBE],
        env=environ,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    return json.loads(output.strip().splitlines()[-1])


def test_production_settings_leave_the_demo_app_out():
    production = _settings_under(
        {
            "DJANGO_ENV": "production",
            "SECRET_KEY": "p" + "roduction-like-secret-" * 4,
            "ALLOWED_HOSTS": "rumbo.example",
        }
    )
    assert not [app for app in production["apps"] if app.split(".")[0] == "demo"]
    assert "seed_demo" not in production["commands"]

    development = _settings_under({"DJANGO_ENV": "development"})
    assert "demo.apps.DemoConfig" in development["apps"]
    assert "seed_demo" in development["commands"]


def test_the_image_leaves_the_demo_folder_out():
    copied = [
        source
        for line in (ROOT / "Dockerfile").read_text().splitlines()
        if line.startswith("COPY ")
        for source in line.split()[1:-1]
        if not source.startswith("--")
    ]
    assert "." not in copied and not any(src.startswith("demo") for src in copied)
    ignored = (ROOT / ".dockerignore").read_text().split()
    assert "demo/" in ignored or "demo" in ignored


def _imports(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module


def test_no_product_module_imports_the_demo():
    offenders = [
        f"{path.relative_to(ROOT)}: {name}"
        for folder in PRODUCT_DIRS
        for path in (ROOT / folder).rglob("*.py")
        for name in _imports(path)
        if name == "demo" or name.startswith("demo.")
    ]
    assert offenders == []
