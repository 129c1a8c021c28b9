from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganisationsConfig(AppConfig):
    """Partner organisations (city councils, chambers, NGOs, associations):
    their profile pages and the editors who publish for them."""

    name = "organisations"
    verbose_name = _("Organisations")

    def ready(self):
        from organisations import receivers

        receivers.connect()
