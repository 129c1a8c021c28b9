"""Make third-party Portuguese catalogues available under the plain `pt` code.

allauth, Wagtail and django-countries ship Portuguese only as pt_PT / pt_BR,
while Django looks up `pt` for our /pt/ URLs and finds nothing. Oscar does
ship a `pt` catalogue, but an empty one (its pt_PT one is complete), and
Django then falls back to LANGUAGE_CODE: Portuguese pages showed Spanish.

This copies an app's pt_PT catalogue (else pt_BR) to var/locale/<app>/pt/,
which settings.LOCALE_PATHS picks up after our own catalogue, when the app
has no `pt` catalogue or one with less than half the messages of the source.
A link that is no longer needed (the app's own `pt` grew) is removed.
"""

import shutil
import struct
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand

SOURCES = ("pt_PT", "pt_BR")
MO_MAGIC = 0x950412DE
# An app's own `pt` catalogue is kept when it has at least this share of the
# messages of its pt_PT (or pt_BR) one.
ENOUGH = 0.5


def message_count(mo: Path) -> int:
    """How many messages a compiled catalogue holds (0 if unreadable)."""
    try:
        with mo.open("rb") as fh:
            head = fh.read(12)
    except OSError:
        return 0
    if len(head) < 12:
        return 0
    for order in ("<", ">"):
        magic, _revision, count = struct.unpack(f"{order}III", head)
        if magic == MO_MAGIC:
            return count
    return 0


def source_catalogue(locale_dir: Path) -> Path | None:
    for source in SOURCES:
        mo = locale_dir / source / "LC_MESSAGES" / "django.mo"
        if mo.is_file():
            return mo
    return None


def needs_link(locale_dir: Path, source: Path) -> bool:
    own = locale_dir / "pt" / "LC_MESSAGES" / "django.mo"
    if not own.is_file():
        return True
    return message_count(own) < ENOUGH * message_count(source)


class Command(BaseCommand):
    help = "Copy third-party pt_PT catalogues to var/locale as plain pt."

    def handle(self, *args, **options):
        target_root = Path(settings.VAR_DIR) / "locale"
        copied = 0
        seen = set()
        for config in apps.get_app_configs():
            locale_dir = Path(config.path) / "locale"
            if not locale_dir.is_dir() or locale_dir in seen:
                continue
            seen.add(locale_dir)
            target_dir = target_root / config.label
            source = source_catalogue(locale_dir)
            if source is None or not needs_link(locale_dir, source):
                if target_dir.is_dir():
                    shutil.rmtree(target_dir)
                continue
            target = target_dir / "pt" / "LC_MESSAGES" / "django.mo"
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            copied += 1
        self.stdout.write(f"Linked {copied} Portuguese catalogues into {target_root}")
