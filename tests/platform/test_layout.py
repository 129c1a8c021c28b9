"""platform/ is a folder on the path, never the standard library's `platform`."""

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_stdlib_platform_module_works_inside_the_configured_project():
    import platform

    import django
    from django.conf import settings

    assert settings.configured and django.VERSION[:2] == (5, 2)
    assert platform.system()
    assert not hasattr(platform, "__path__"), "platform must be the stdlib module"


def test_manage_py_keeps_the_stdlib_platform_module():
    code = "import platform, uuid; print(platform.system(), uuid.uuid4().version)"
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", code],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [platform_system(), "4"]


def platform_system() -> str:
    import platform

    return platform.system()


def test_platform_folder_is_not_a_package():
    assert not (REPO / "platform" / "__init__.py").exists()
