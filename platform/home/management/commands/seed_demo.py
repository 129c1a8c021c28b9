"""Demo data for a fresh install: the site tree in three languages and demo logins.

Idempotent: running it again creates nothing twice and leaves edits alone.
"""

from allauth.account.models import EmailAddress
from django.core.management.base import BaseCommand
from django.db import transaction
from django.test.utils import override_settings

from home.services import site_tree_ensure
from users.models import User

DEMO_PASSWORD = "rumbo-demo-2026"

DEMO_USERS = [
    # email, display name, language, country, region, staff
    ("staff@rumbo.example", "Lucía (programme staff)", "es", "ES", "Huelva", True),
    ("ana@rumbo.example", "Ana Martins", "pt", "PT", "Faro", False),
    ("karim@rumbo.example", "Karim Benali", "es", "ES", "Lepe", False),
    ("grace@rumbo.example", "Grace Okafor", "en", "ES", "Palos de la Frontera", False),
    ("joao@rumbo.example", "João Silva", "pt", "PT", "Algarve", False),
]


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
        site_tree_ensure()
        for email, name, language, country, region, staff in DEMO_USERS:
            user, created = User.objects.get_or_create(
                email=email,
                defaults={
                    "display_name": name,
                    "preferred_language": language,
                    "country": country,
                    "region": region,
                    "is_staff": staff,
                    "is_superuser": staff,
                },
            )
            if created:
                user.set_password(DEMO_PASSWORD)
                user.save()
            EmailAddress.objects.get_or_create(
                user=user, email=email, defaults={"verified": True, "primary": True}
            )
        from courses.demo import courses_seed

        courses = courses_seed()
        self.stdout.write(
            f"Course catalogue ready: {len(courses)} courses in each language."
        )
        from mentoring.demo import mentoring_seed

        mentoring = mentoring_seed()
        self.stdout.write(
            f"Mentoring ready: {mentoring['mentors']} mentors (mentor01@rumbo.example ...)."
        )
        from shop.demo import shop_seed

        self.stdout.write(
            "Marketplace ready: {shops} shops, {products} products, "
            "{orders} new orders, {inquiries} new questions.".format(**shop_seed())
        )
        from newsletters.demo import newsletters_seed

        self.stdout.write(
            "Newsletter ready: {subscribers} subscribers, {issues} sent issues.".format(
                **newsletters_seed()
            )
        )
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
