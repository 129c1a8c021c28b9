from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CertificatesConfig(AppConfig):
    """Certificates issued on passing an exam: PDF, public verification, Open Badges."""

    name = "courses.certificates"
    label = "certificates"
    verbose_name = _("Certificates")
