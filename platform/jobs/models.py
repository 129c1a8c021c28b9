"""Job offers posted by an organisation or a shop, the applications to them and
the messages between applicant and poster."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from jobs.storage import cv_path, private_storage
from rumbo.regions import Region
from rumbo.spoken_languages import SpokenLanguagesField


class JobOffer(models.Model):
    """An offer, posted for a poster (``poster_key`` such as "shop:12" or
    "organisation:<translation key>", see jobs.hooks) by one of its people.

    The poster's name and page are copied when posted: the list shows them
    without asking the poster's app, and they stay if that app forgets it.
    """

    class Kind(models.TextChoices):
        EMPLOYEE = "employee", _("Employee")
        PARTNER = "partner", _("Partner or co-founder")
        INTERNSHIP = "internship", _("Internship")
        FREELANCE = "freelance", _("Freelance")

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for approval")
        PUBLISHED = "published", _("Published")
        REJECTED = "rejected", _("Not approved")
        CLOSED = "closed", _("Closed")

    poster_key = models.CharField(_("posted by (key)"), max_length=80, db_index=True)
    poster_name = models.CharField(_("posted by"), max_length=200)
    poster_url = models.CharField(_("poster's page"), max_length=300, blank=True)
    title = models.CharField(_("title"), max_length=150)
    description = models.TextField(_("description"), max_length=6000)
    kind = models.CharField(_("kind"), max_length=12, choices=Kind.choices)
    town = models.CharField(_("town"), max_length=100, blank=True)
    region = models.CharField(
        _("region"), max_length=8, choices=Region.choices, blank=True
    )
    remote = models.BooleanField(_("remote"), default=False)
    languages = SpokenLanguagesField(_("languages"), blank=False)
    language = models.CharField(
        _("language of the offer"), max_length=8, choices=settings.LANGUAGES
    )
    closing_date = models.DateField(_("closing date"))
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.PENDING
    )
    review_note = models.CharField(
        _("note from the reviewer"), max_length=300, blank=True
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("posted by (person)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="job_offers",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    approved_at = models.DateTimeField(_("approved"), null=True, blank=True)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True)

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("job offer")
        verbose_name_plural = _("job offers")
        indexes = [
            models.Index(
                fields=["status", "-published_at", "-id"], name="jobs_offer_list"
            ),
            models.Index(fields=["status", "closing_date"], name="jobs_offer_closing"),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(remote=True) | ~Q(town=""), name="jobs_offer_has_place"
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("jobs:detail", kwargs={"pk": self.pk, "slug": self.slug})

    @property
    def slug(self) -> str:
        return slugify(self.title)[:60] or "job"

    @property
    def is_open(self) -> bool:
        """Published and not past its closing date (read now, so exact)."""
        return (
            self.status == self.Status.PUBLISHED
            and self.closing_date >= timezone.localdate()
        )

    @property
    def shown_status(self) -> str:
        """The status as people should read it: past its date it is closed."""
        if self.status == self.Status.PUBLISHED and not self.is_open:
            return str(self.Status.CLOSED.label)
        return self.get_status_display()

    @property
    def language_labels(self) -> list:
        return self._meta.get_field("languages").labels(self.languages)

    @property
    def place(self) -> str:
        parts = [self.town, self.get_region_display() if self.region else ""]
        return ", ".join(p for p in parts if p)


class Application(models.Model):
    """One person's application to an offer: at most one per person and offer."""

    class Status(models.TextChoices):
        RECEIVED = "received", _("Received")
        IN_REVIEW = "in_review", _("In review")
        INTERVIEW = "interview", _("Interview")
        NOT_SELECTED = "not_selected", _("Not selected")
        HIRED = "hired", _("Hired")

    offer = models.ForeignKey(
        JobOffer,
        verbose_name=_("job offer"),
        on_delete=models.CASCADE,
        related_name="applications",
    )
    applicant = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("applicant"),
        on_delete=models.CASCADE,
        related_name="job_applications",
    )
    message = models.TextField(_("message"), max_length=3000)
    cv = models.FileField(
        _("CV"), upload_to=cv_path, storage=private_storage, blank=True
    )
    cv_name = models.CharField(_("CV file name"), max_length=120, blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.RECEIVED
    )
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        constraints = [
            models.UniqueConstraint(
                fields=["offer", "applicant"], name="jobs_one_application_per_person"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.offer} · {self.applicant}"

    def get_absolute_url(self) -> str:
        return reverse("jobs:application", kwargs={"pk": self.pk})


class ApplicationMessage(models.Model):
    """A message in an application's thread; people never see each other's
    email address, only the applicant's name and the poster's name."""

    application = models.ForeignKey(
        Application,
        verbose_name=_("application"),
        on_delete=models.CASCADE,
        related_name="messages",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    from_poster = models.BooleanField(_("from the poster"), default=False)
    body = models.TextField(_("message"), max_length=3000)
    created_at = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("application message")
        verbose_name_plural = _("application messages")

    def __str__(self) -> str:
        return self.body[:60]
