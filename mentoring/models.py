"""Mentoring data: expertise taxonomy, mentor and mentee profiles, requests,
mentorships with their goals, sessions, messages and feedback, staff cohorts."""

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from mentoring.choices import Format, Language, Region, Sector, Stage, labels


def codes_join(codes) -> str:
    """Codes as stored: ",es,pt," (empty string for none)."""
    codes = [c for c in dict.fromkeys(codes) if c]
    return f",{','.join(codes)}," if codes else ""


def codes_split(stored: str) -> list[str]:
    return [c for c in (stored or "").split(",") if c]


class ExpertiseArea(models.Model):
    """One area of the managed taxonomy, named in each site language."""

    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    name_es = models.CharField(_("name (Spanish)"), max_length=80)
    name_pt = models.CharField(_("name (Portuguese)"), max_length=80)
    name_en = models.CharField(_("name (English)"), max_length=80)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["sort_order", "slug"]
        verbose_name = _("expertise area")
        verbose_name_plural = _("expertise areas")

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        """The name in the active language, falling back to Spanish."""
        language = (translation.get_language() or "es")[:2]
        return getattr(self, f"name_{language}", "") or self.name_es


class MentorProfile(models.Model):
    """A mentor's public profile; shown to others once staff approve it."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for approval")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Not approved")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="mentor_profile",
        verbose_name=_("user"),
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.PENDING
    )
    status_note = models.CharField(_("note from staff"), max_length=300, blank=True)
    photo = models.ImageField(_("photo"), upload_to="mentors/", blank=True)
    headline = models.CharField(_("headline"), max_length=120)
    background = models.TextField(_("background"), max_length=2000, blank=True)
    bio = models.TextField(_("about me"), max_length=3000, blank=True)
    areas = models.ManyToManyField(
        ExpertiseArea, related_name="mentors", verbose_name=_("areas of expertise")
    )
    # Codes stored as ",es,pt," so that `__contains=",es,"` filters on any database.
    sectors = models.CharField(_("sectors"), max_length=200, blank=True)
    languages = models.CharField(_("languages spoken"), max_length=100)
    city = models.CharField(_("city"), max_length=80, blank=True)
    region = models.CharField(_("region"), max_length=8, choices=Region.choices)
    format = models.CharField(
        _("format"), max_length=12, choices=Format.choices, default=Format.BOTH
    )
    capacity = models.PositiveSmallIntegerField(
        _("mentees at once"),
        default=2,
        validators=[MinValueValidator(1), MaxValueValidator(20)],
    )
    availability = models.CharField(_("availability"), max_length=300, blank=True)
    accepting = models.BooleanField(_("accepting mentees"), default=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    approved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["pk"]
        verbose_name = _("mentor profile")
        verbose_name_plural = _("mentor profiles")
        indexes = [models.Index(fields=["status", "accepting"])]
        constraints = [
            models.CheckConstraint(
                condition=Q(capacity__gte=1) & Q(capacity__lte=20),
                name="mentoring_mentor_capacity_range",
            )
        ]

    def __str__(self) -> str:
        return self.user.public_name

    @property
    def is_public(self) -> bool:
        return self.status == self.Status.APPROVED

    @property
    def sector_list(self) -> list[str]:
        return codes_split(self.sectors)

    @property
    def language_list(self) -> list[str]:
        return codes_split(self.languages)

    def sector_labels(self) -> list[str]:
        return labels(Sector, self.sector_list)

    def language_labels(self) -> list[str]:
        return labels(Language, self.language_list)


class MenteeProfile(models.Model):
    """What a mentee needs help with; the input of recommendations."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="mentee_profile",
        verbose_name=_("user"),
    )
    areas = models.ManyToManyField(
        ExpertiseArea, related_name="mentees", verbose_name=_("I need help with")
    )
    sector = models.CharField(_("sector"), max_length=20, choices=Sector.choices)
    stage = models.CharField(
        _("stage of the business"), max_length=12, choices=Stage.choices
    )
    languages = models.CharField(_("languages I prefer"), max_length=100)
    region = models.CharField(_("region"), max_length=8, choices=Region.choices)
    format = models.CharField(
        _("format"), max_length=12, choices=Format.choices, default=Format.BOTH
    )
    description = models.TextField(_("about my business"), max_length=1500, blank=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("mentee needs")
        verbose_name_plural = _("mentee needs")

    def __str__(self) -> str:
        return self.user.public_name

    @property
    def language_list(self) -> list[str]:
        return codes_split(self.languages)


class MentoringRequest(models.Model):
    """A mentee asks one mentor; answered, withdrawn, or expired when ignored."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for an answer")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")
        WITHDRAWN = "withdrawn", _("Withdrawn")
        EXPIRED = "expired", _("Expired")

    mentee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="mentoring_requests",
    )
    mentor = models.ForeignKey(
        MentorProfile, on_delete=models.CASCADE, related_name="requests"
    )
    message = models.TextField(_("message"), max_length=2000)
    status = models.CharField(
        max_length=12, choices=Status.choices, default=Status.PENDING
    )
    answer = models.CharField(_("reason"), max_length=500, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    answered_at = models.DateTimeField(null=True, blank=True)
    reminded_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        constraints = [
            # One open request per pair: a double submit cannot make two.
            models.UniqueConstraint(
                fields=["mentee", "mentor"],
                condition=Q(status="pending"),
                name="mentoring_one_pending_request_per_pair",
            )
        ]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self) -> str:
        return f"{self.mentee} → {self.mentor}"


class Cohort(models.Model):
    """A staff matching run for a programme edition: draft, then confirmed."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        CONFIRMED = "confirmed", _("Confirmed")

    name = models.CharField(_("name"), max_length=120)
    status = models.CharField(
        max_length=12, choices=Status.choices, default=Status.DRAFT
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    confirmed_at = models.DateTimeField(null=True, blank=True)
    total_score = models.FloatField(default=0)

    class Meta:
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return self.name


class CohortMentor(models.Model):
    """A mentor taking part in a cohort run."""

    cohort = models.ForeignKey(Cohort, on_delete=models.CASCADE, related_name="mentors")
    mentor = models.ForeignKey(
        MentorProfile, on_delete=models.CASCADE, related_name="+"
    )

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["cohort", "mentor"], name="mentoring_cohort_mentor_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.cohort_id}: {self.mentor_id}"


class CohortAssignment(models.Model):
    """One mentee of a cohort and the mentor proposed (or chosen) for them."""

    cohort = models.ForeignKey(
        Cohort, on_delete=models.CASCADE, related_name="assignments"
    )
    mentee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    mentor = models.ForeignKey(
        MentorProfile, on_delete=models.CASCADE, null=True, blank=True, related_name="+"
    )
    score = models.FloatField(default=0)
    reasons = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["cohort", "mentee"], name="mentoring_cohort_mentee_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.mentee_id} → {self.mentor_id}"


class Mentorship(models.Model):
    """A mentor and a mentee working together; the workspace hangs off it."""

    class Status(models.TextChoices):
        ACTIVE = "active", _("Active")
        ENDED = "ended", _("Ended")

    mentor = models.ForeignKey(
        MentorProfile, on_delete=models.CASCADE, related_name="mentorships"
    )
    mentee = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="mentorships"
    )
    request = models.OneToOneField(
        MentoringRequest,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="mentorship",
    )
    cohort = models.ForeignKey(
        Cohort, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    status = models.CharField(
        max_length=12, choices=Status.choices, default=Status.ACTIVE
    )
    started_at = models.DateTimeField(auto_now_add=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    ended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["-started_at", "-pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["mentor", "mentee"],
                condition=Q(status="active"),
                name="mentoring_one_active_mentorship_per_pair",
            )
        ]
        indexes = [models.Index(fields=["mentor", "status"])]

    def __str__(self) -> str:
        return f"{self.mentor} · {self.mentee}"

    def is_party(self, user) -> bool:
        return user.is_authenticated and user.pk in (
            self.mentee_id,
            self.mentor.user_id,
        )


class Goal(models.Model):
    class Status(models.TextChoices):
        NOT_STARTED = "not_started", _("Not started")
        IN_PROGRESS = "in_progress", _("In progress")
        ACHIEVED = "achieved", _("Achieved")

    mentorship = models.ForeignKey(
        Mentorship, on_delete=models.CASCADE, related_name="goals"
    )
    title = models.CharField(_("goal"), max_length=200)
    target_date = models.DateField(_("target date"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.NOT_STARTED
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    achieved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return self.title


class Session(models.Model):
    mentorship = models.ForeignKey(
        Mentorship, on_delete=models.CASCADE, related_name="sessions"
    )
    date = models.DateField(_("date"))
    minutes = models.PositiveSmallIntegerField(
        _("length (minutes)"), validators=[MinValueValidator(5), MaxValueValidator(600)]
    )
    format = models.CharField(
        _("format"),
        max_length=12,
        choices=[
            (Format.ONLINE, Format.ONLINE.label),
            (Format.IN_PERSON, Format.IN_PERSON.label),
        ],
    )
    notes = models.TextField(_("notes"), max_length=4000, blank=True)
    next_steps = models.TextField(_("next steps"), max_length=2000, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-date", "-pk"]

    def __str__(self) -> str:
        return f"{self.date} ({self.minutes} min)"


class Message(models.Model):
    mentorship = models.ForeignKey(
        Mentorship, on_delete=models.CASCADE, related_name="messages"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    body = models.TextField(_("message"), max_length=4000)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self) -> str:
        return self.body[:40]


class Feedback(models.Model):
    """A party's private feedback on a mentorship; only staff read it."""

    mentorship = models.ForeignKey(
        Mentorship, on_delete=models.CASCADE, related_name="feedback"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    rating = models.PositiveSmallIntegerField(
        _("rating"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    comment = models.TextField(_("feedback"), max_length=3000, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["mentorship", "author"], name="mentoring_feedback_once"
            ),
            models.CheckConstraint(
                condition=Q(rating__gte=1) & Q(rating__lte=5),
                name="mentoring_feedback_rating_range",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.rating}/5"
