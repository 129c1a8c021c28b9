"""Certificates: what was issued, to whom, and whether it still stands."""

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from courses.certificates.status_list import LIST_BITS
from courses.certificates.storage import private_storage

# A draw hits a taken index with probability at most 1/2 (see new_status_index).
STATUS_INDEX_DRAWS = 40


def new_salt() -> str:
    """The salt of the learner's email hash in the credential (see credential.py)."""
    return secrets.token_hex(16)


def new_status_index() -> int:
    """A free random index in the revocation lists (status_list.py).

    Random, as the Bitstring Status List specification advises, so that a bit's
    neighbours say nothing about it. The lists in use are kept at most half
    full, so a draw is rarely taken; one taken meanwhile by a concurrent issue
    fails the unique constraint, and certificate_issue draws again.
    """
    lists = Certificate.objects.count() // (LIST_BITS // 2) + 1
    for _draw in range(STATUS_INDEX_DRAWS):
        index = secrets.randbelow(lists * LIST_BITS)
        if not Certificate.objects.filter(status_index=index).exists():
            return index
    raise RuntimeError("no free status list index found")


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
    # The course's translation_key: one certificate per course, whichever
    # language version was passed.
    course_key = models.UUIDField(_("course key"), null=True, editable=False)
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
    # Its bit in the published revocation list (status_list.py): given once,
    # at random, never shared.
    status_index = models.PositiveIntegerField(
        _("status list index"), unique=True, default=new_status_index, editable=False
    )
    identity_salt = models.CharField(
        _("salt of the learner's email hash"),
        max_length=32,
        default=new_salt,
        editable=False,
    )

    class Meta:
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")
        ordering = ["-issued_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course_key"],
                name="certificates_one_per_course_any_language",
            )
        ]

    def __str__(self) -> str:
        return f"{self.code} · {self.learner_name} · {self.course_title}"

    @property
    def is_valid(self) -> bool:
        return self.revoked_at is None
