"""The demo's people: the logins the README's journeys use, one password for all."""

from allauth.account.models import EmailAddress

DEMO_PASSWORD = "rumbo-demo-2026"

DEMO_USERS = [
    # email, display name, language, country, region, staff
    ("staff@rumbo.example", "Lucía (programme staff)", "es", "ES", "Huelva", True),
    ("ana@rumbo.example", "Ana Martins", "pt", "PT", "Faro", False),
    ("karim@rumbo.example", "Karim Benali", "es", "ES", "Lepe", False),
    ("grace@rumbo.example", "Grace Okafor", "en", "ES", "Palos de la Frontera", False),
    ("joao@rumbo.example", "João Silva", "pt", "PT", "Algarve", False),
]


def demo_user_ensure(email: str, **defaults):
    """The user with `email`, created with `defaults` and the demo password if
    missing, with a verified primary address either way (existing users are
    left as they are)."""
    from users.models import User

    user, created = User.objects.get_or_create(email=email, defaults=defaults)
    if created:
        user.set_password(DEMO_PASSWORD)
        user.save()
    EmailAddress.objects.get_or_create(
        user=user, email=email, defaults={"verified": True, "primary": True}
    )
    return user


def demo_users_ensure() -> None:
    for email, name, language, country, region, staff in DEMO_USERS:
        demo_user_ensure(
            email,
            display_name=name,
            preferred_language=language,
            country=country,
            region=region,
            is_staff=staff,
            is_superuser=staff,
        )
