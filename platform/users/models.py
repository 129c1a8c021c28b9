from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from oscar.apps.customer.abstract_models import AbstractUser


class User(AbstractUser):
    """A person on Rumbo: learner, seller, buyer, mentor or mentee, often several.

    Built on Oscar's email-login user so Oscar, Wagtail and allauth share it.
    """

    display_name = models.CharField(
        _("display name"),
        max_length=80,
        blank=True,
        help_text=_("How other people on Rumbo see you."),
    )
    preferred_language = models.CharField(
        _("preferred language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language of the emails we send you."),
    )
    country = CountryField(_("country"), blank=True)
    region = models.CharField(
        _("region or city"),
        max_length=100,
        blank=True,
        help_text=_("For example Algarve, Andalucía or Porto."),
    )
    show_on_wall = models.BooleanField(
        _("Show my achievements on the news wall"),
        default=False,
        help_text=_(
            "Certificates you earn and mentorships you complete appear, with "
            "your name, on the public news wall."
        ),
    )

    class Meta(AbstractUser.Meta):
        swappable = "AUTH_USER_MODEL"
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def __str__(self) -> str:
        return self.public_name

    @property
    def public_name(self) -> str:
        """The name shown to others: the display name, else the full name."""
        return self.display_name or self.get_full_name() or self.email.split("@")[0]
