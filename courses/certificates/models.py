"""Certificates: what was issued, to whom, and whether it still stands."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from courses.certificates.storage import private_storage


def new_code() -> str:
    # 16 characters of base32 (80 bits): unguessable, yet short enough to type.
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "".join(secrets.choice(alphabet) for _ in range(16))


class Certificate(models.Model):
    """Issued when a learner passes a course's exam; its facts are frozen at issue."""

    code = models.CharField(_("code"), max_length=16, unique=True, default=new_code)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="certificates"
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        null=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
    )
    attempt = models.OneToOneField(
        "exams.Attempt",
        null=True,
        on_delete=models.SET_NULL,
        related_name="certificate",
    )
    learner_name = models.CharField(_("learner's name"), max_length=150)
    course_title = models.CharField(_("course"), max_length=255)
    hours = models.PositiveSmallIntegerField(_("hours"))
    language = models.CharField(_("language"), max_length=8)
    issued_at = models.DateTimeField(_("issued"), auto_now_add=True)
    pdf = models.FileField(
        _("PDF"), upload_to="certificates/", blank=True, storage=private_storage
    )
    name_corrected = models.BooleanField(
        _("learner has used their name correction"), default=False
    )
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)
    revoked_reason = models.CharField(
        _("reason for revoking"), max_length=300, blank=True
    )

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course"], name="certificates_one_per_course"
            )
        ]

    def __str__(self) -> str:
        return f"{self.code} · {self.learner_name} · {self.course_title}"

    @property
    def is_valid(self) -> bool:
        return self.revoked_at is None
