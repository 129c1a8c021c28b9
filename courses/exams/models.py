"""Exam attempts and the staff grants that extend a learner's allowance."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Attempt(models.Model):
    """One sitting of a course's exam.

    The drawn questions are frozen in ``paper`` (what the learner sees, in
    their shuffled order) and ``key`` (correct answers, never rendered before
    submission), so later edits to the question bank cannot change a grade.
    """

    class Status(models.TextChoices):
        OPEN = "open", _("In progress")
        GRADED = "graded", _("Graded")
        EXPIRED = "expired", _("Time ran out")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="attempts"
    )
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="attempts"
    )
    number = models.PositiveSmallIntegerField()
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.OPEN
    )
    started_at = models.DateTimeField(auto_now_add=True)
    deadline = models.DateTimeField(null=True, blank=True)
    submitted_at = models.DateTimeField(null=True, blank=True)
    paper = models.JSONField(default=list)
    key = models.JSONField(default=dict)
    answers = models.JSONField(default=dict, blank=True)
    results = models.JSONField(default=dict, blank=True)
    score = models.DecimalField(max_digits=5, decimal_places=2, null=True, blank=True)
    passed = models.BooleanField(default=False)
    pass_mark = models.PositiveSmallIntegerField()
    feedback = models.CharField(max_length=12)

    class Meta:
        verbose_name = _("exam attempt")
        verbose_name_plural = _("exam attempts")
        ordering = ["user", "course", "number"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "course", "number"], name="exams_attempt_number_unique"
            ),
            models.UniqueConstraint(
                fields=["user", "course"],
                condition=models.Q(status="open"),
                name="exams_one_open_attempt",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} · {self.course} · #{self.number}"


class ExamGrant(models.Model):
    """Staff allowance for one learner on one course: extra attempts or time."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("learner"),
        on_delete=models.CASCADE,
        related_name="exam_grants",
    )
    course = models.ForeignKey(
        "courses.CoursePage",
        verbose_name=_("course"),
        on_delete=models.CASCADE,
        related_name="exam_grants",
    )
    extra_attempts = models.PositiveSmallIntegerField(_("extra attempts"), default=0)
    extra_minutes = models.PositiveIntegerField(
        _("extra minutes per attempt"), default=0
    )
    reason = models.CharField(_("reason"), max_length=200, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("exam grant")
        verbose_name_plural = _("exam grants")

    def __str__(self) -> str:
        return f"{self.user} · {self.course}"
