"""Puts platform/ on the import path for entry points that start outside manage.py."""

import sys
from pathlib import Path

PLATFORM_DIR = Path(__file__).resolve().parent.parent
REPO_DIR = PLATFORM_DIR.parent

for folder in (str(PLATFORM_DIR), str(REPO_DIR)):
    if folder not in sys.path:
        sys.path.insert(0, folder)
