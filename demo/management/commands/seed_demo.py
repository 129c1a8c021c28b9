"""Demo data for a fresh install: the site tree in three languages, demo logins,
courses, mentors, shops and newsletters.

Idempotent: running it again creates nothing twice and leaves edits alone.
"""

from django.core.management.base import BaseCommand
from django.db import transaction
from django.test.utils import override_settings

from demo.accounts import DEMO_PASSWORD, DEMO_USERS
from demo.hooks import demo_seeders


class Command(BaseCommand):
    help = "Create demo pages and users (safe to run twice)."

    def handle(self, *args, **options):
        # The seed goes through the same services as people (opening shops,
        # orders, questions), which send notifications: to a mailbox that is
        # thrown away, not to the console or to the demo addresses.
        with override_settings(
            EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"
        ):
            self.seed()

    @transaction.atomic
    def seed(self):
        for seeder in demo_seeders():
            summary = seeder()
            if summary:
                self.stdout.write(summary)
        self.stdout.write(
            self.style.SUCCESS("Demo data ready. Log in at http://127.0.0.1:8000 with:")
        )
        for email, *_rest, staff in DEMO_USERS:
            role = "staff, /cms/ and /django-admin/" if staff else "entrepreneur"
            self.stdout.write(f"  {email:<24} {DEMO_PASSWORD}   ({role})")
        self.stdout.write(
            f"  {'seller01@rumbo.example':<24} {DEMO_PASSWORD}   (seller; up to seller09)"
        )
        self.stdout.write(
            f"  {'mentor01@rumbo.example':<24} {DEMO_PASSWORD}   (mentor; up to mentor32)"
        )
