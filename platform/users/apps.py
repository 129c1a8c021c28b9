from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class UsersConfig(AppConfig):
    """One account for the whole platform, and the account area around it."""

    name = "users"
    verbose_name = _("Accounts")
