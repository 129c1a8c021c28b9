"""Staff are emailed when a mentor profile starts waiting for their approval."""

from contextlib import suppress

import pytest
from django.conf import settings
from django.contrib.auth.models import Permission
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from mentoring.models import MentorProfile
from mentoring.services import notifications
from mentoring.services.profiles import mentor_profile_save, mentor_review
from tests.factories import UserFactory
from tests.factories.mentoring import MentorFactory, area

pytestmark = pytest.mark.django_db


def staff_member(language: str = "es", **kwargs):
    return UserFactory(is_staff=True, preferred_language=language, **kwargs)


@pytest.fixture
def applicant(db):
    return UserFactory(display_name="Lucía Aplicante")


def apply(user, **changes):
    fields = {
        "headline": "Marketing for food shops",
        "region": "es-an",
        "format": "both",
        "capacity": 2,
        "accepting": True,
        **changes,
    }
    return mentor_profile_save(
        user=user, areas=[area("marketing")], languages=["es"], sectors=[], **fields
    )


def recipients(outbox) -> list[str]:
    return sorted(address for message in outbox for address in message.to)


def approval_url(language: str) -> str:
    with translation.override(language):
        return f"{settings.SITE_URL}{reverse('mentoring:staff_home')}"


def test_a_new_application_emails_the_staff_who_approve_mentors(
    applicant, mailoutbox, run_on_commit
):
    reviewer = staff_member()
    superuser = staff_member(is_superuser=True)
    staff_member(is_active=False)
    MentorFactory()  # an approved mentor, not staff
    # A model permission without is_staff does not open the approval screen.
    outsider = UserFactory()
    outsider.user_permissions.add(
        Permission.objects.get(
            content_type__app_label="mentoring", codename="change_mentorprofile"
        )
    )

    with run_on_commit():
        apply(applicant)

    assert recipients(mailoutbox) == sorted([reviewer.email, superuser.email])
    assert applicant.email not in recipients(mailoutbox)


def test_the_email_links_to_the_approval_screen_in_the_staff_language(
    applicant, mailoutbox, run_on_commit
):
    english = staff_member("en")
    portuguese = staff_member("pt")
    with run_on_commit():
        apply(applicant)

    by_person = {message.to[0]: message for message in mailoutbox}
    assert approval_url("en").startswith(("http://", "https://"))
    assert approval_url("en") in by_person[english.email].body
    assert approval_url("pt") in by_person[portuguese.email].body
    assert "Marketing for food shops" in by_person[english.email].body
    with translation.override("en"):
        assert by_person[english.email].subject == _(
            "%(name)s's mentor profile is waiting for approval"
        ) % {"name": "Lucía Aplicante"}


def test_editing_a_waiting_profile_five_times_emails_each_staff_member_once(
    applicant, mailoutbox, run_on_commit
):
    first, second = staff_member(), staff_member("pt")
    for n in range(5):
        with run_on_commit():
            apply(applicant, headline=f"Marketing, take {n}")

    assert recipients(mailoutbox) == sorted([first.email, second.email])


def test_editing_an_approved_profile_emails_no_staff(mailoutbox, run_on_commit):
    staff_member()
    mentor = MentorFactory()
    with run_on_commit():
        apply(mentor.user, headline="Still approved")
    mentor.refresh_from_db()
    assert mentor.status == MentorProfile.Status.APPROVED
    assert mailoutbox == []


def test_a_rejected_profile_edited_later_is_announced_again(
    applicant, mailoutbox, run_on_commit, monkeypatch
):
    # Outside the anti-flood window only the state decides.
    monkeypatch.setattr(notifications, "MENTOR_REVIEW_WINDOW", 0)
    reviewer = staff_member()
    with run_on_commit():
        profile = apply(applicant)
    with run_on_commit():
        mentor_review(staff=reviewer, mentor=profile, approve=False, note="More")
    mailoutbox.clear()  # the applicant's "not approved" email
    with run_on_commit():
        apply(applicant, headline="Marketing and sales for food shops")

    assert recipients(mailoutbox) == [reviewer.email]


def test_a_rolled_back_application_emails_nobody(applicant, mailoutbox, run_on_commit):
    reviewer = staff_member()
    with run_on_commit():
        with suppress(RuntimeError), transaction.atomic():
            apply(applicant)
            raise RuntimeError("the request failed after the profile was saved")
    assert mailoutbox == []
    assert not MentorProfile.objects.filter(user=applicant).exists()

    with run_on_commit():
        apply(applicant)
    assert recipients(mailoutbox) == [reviewer.email]


def test_without_staff_superusers_are_emailed(applicant, mailoutbox, run_on_commit):
    superuser = UserFactory(is_superuser=True, is_staff=False)
    UserFactory(is_superuser=True, is_active=False)
    with run_on_commit():
        apply(applicant)

    assert recipients(mailoutbox) == [superuser.email]
