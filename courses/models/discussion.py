"""Questions and answers on a course, between learners and instructors."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Question(models.Model):
    course = models.ForeignKey(
        "courses.CoursePage", on_delete=models.CASCADE, related_name="questions"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(_("question"), max_length=200)
    body = models.TextField(_("details"), max_length=4000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    hidden = models.BooleanField(_("hidden by staff"), default=False)

    class Meta:
        verbose_name = _("course question")
        verbose_name_plural = _("course questions")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.title


class Answer(models.Model):
    question = models.ForeignKey(
        Question, on_delete=models.CASCADE, related_name="answers"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    body = models.TextField(_("answer"), max_length=4000)
    created_at = models.DateTimeField(auto_now_add=True)
    accepted = models.BooleanField(_("accepted answer"), default=False)
    hidden = models.BooleanField(_("hidden by staff"), default=False)

    class Meta:
        verbose_name = _("answer")
        verbose_name_plural = _("answers")
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["question"],
                condition=models.Q(accepted=True),
                name="courses_one_accepted_answer",
            )
        ]

    def __str__(self) -> str:
        return self.body[:60]
