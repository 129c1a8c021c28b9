"""Make third-party Portuguese catalogues available under the plain `pt` code.

allauth, Wagtail and django-countries ship Portuguese only as pt_PT / pt_BR,
while Django looks up `pt` for our /pt/ URLs and finds nothing. This copies
each app's pt_PT catalogue (else pt_BR) to var/locale/<app>/pt/, which
settings.LOCALE_PATHS picks up after our own catalogue.
"""

import shutil
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand

SOURCES = ("pt_PT", "pt_BR")


class Command(BaseCommand):
    help = "Copy third-party pt_PT catalogues to var/locale as plain pt."

    def handle(self, *args, **options):
        target_root = Path(settings.VAR_DIR) / "locale"
        copied = 0
        for config in apps.get_app_configs():
            locale_dir = Path(config.path) / "locale"
            if not locale_dir.is_dir() or (locale_dir / "pt").is_dir():
                continue
            for source in SOURCES:
                mo = locale_dir / source / "LC_MESSAGES" / "django.mo"
                if mo.is_file():
                    target = (
                        target_root / config.label / "pt" / "LC_MESSAGES" / "django.mo"
                    )
                    target.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copyfile(mo, target)
                    copied += 1
                    break
        self.stdout.write(f"Linked {copied} Portuguese catalogues into {target_root}")
