import factory
from allauth.account.models import EmailAddress

from users.models import User


class UserFactory(factory.django.DjangoModelFactory):
    """A user whose email address is verified, so they can log in at once."""

    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    display_name = factory.Faker("name")
    preferred_language = "es"
    country = "ES"
    region = "Huelva"
    password = factory.PostGenerationMethodCall("set_password", "a-Long-pass-phrase-42")

    @factory.post_generation
    def verified_email(self, create, extracted, **kwargs):
        if create:
            self.save()
            EmailAddress.objects.create(
                user=self, email=self.email, verified=True, primary=True
            )
