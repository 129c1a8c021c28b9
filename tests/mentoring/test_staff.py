"""Staff screens: approval, report and CSV, cohort matching; refused to others."""

import csv
import io

import pytest
from django.core import mail
from django.urls import reverse

from mentoring.models import Cohort, Feedback, Goal, MentorProfile, Mentorship, Session
from mentoring.services.cohorts import cohort_compute, cohort_confirm
from tests.factories import UserFactory
from tests.factories.mentoring import (
    MenteeFactory,
    MentorFactory,
    MentorshipFactory,
    RequestFactory,
)

pytestmark = pytest.mark.django_db

STAFF_PAGES = ["staff_home", "staff_report", "cohort_list"]


@pytest.mark.parametrize("name", STAFF_PAGES)
def test_staff_pages_are_refused_to_everyone_else(client, name, mentor, mentee):
    page = reverse(f"mentoring:{name}")
    assert client.get(page).status_code == 302  # anonymous: log in
    for person in (mentee, mentor.user):
        client.force_login(person)
        assert client.get(page).status_code == 403


def test_non_staff_cannot_approve(client, user):
    pending = MentorFactory(status=MentorProfile.Status.PENDING)
    client.force_login(user)
    client.post(
        reverse("mentoring:staff_review", kwargs={"pk": pending.pk}),
        {"decision": "approve"},
    )
    pending.refresh_from_db()
    assert pending.status == MentorProfile.Status.PENDING


def test_rejection_emails_the_applicant_with_the_note(
    client, staff, django_capture_on_commit_callbacks
):
    pending = MentorFactory(status=MentorProfile.Status.PENDING)
    client.force_login(staff)
    assert pending.user.public_name in client.get(reverse("mentoring:staff_home")).text
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("mentoring:staff_review", kwargs={"pk": pending.pk}),
            {"decision": "reject", "note": "Please add your experience"},
        )
    pending.refresh_from_db()
    assert pending.status == MentorProfile.Status.REJECTED
    assert "Please add your experience" in mail.outbox[0].body


def test_report_figures_and_csv(client, staff, mentor):
    m = MentorshipFactory(mentor=mentor)
    Session.objects.create(mentorship=m, date="2026-01-10", minutes=60, format="online")
    Goal.objects.create(mentorship=m, title="Done", status=Goal.Status.ACHIEVED)
    ended = MentorshipFactory(mentor=mentor, status=Mentorship.Status.ENDED)
    Feedback.objects.create(mentorship=ended, author=ended.mentee, rating=4)
    Feedback.objects.create(mentorship=ended, author=mentor.user, rating=5)
    RequestFactory(mentor=mentor)
    client.force_login(staff)
    response = client.get(reverse("mentoring_report"))
    row = next(r for r in response.context["object_list"] if r.pk == mentor.pk)
    assert (row.active_count, row.ended_count, row.pending_count) == (1, 1, 1)
    assert (row.session_count, row.goals_achieved, row.average_rating) == (1, 1, 4.5)
    assert row.oldest_days == 0
    figures = response.context["figures"]
    assert figures["active"] == 1 and figures["average_rating"] == 4.5
    assert 'id="mentoring-figures"' in response.text
    exported = client.get(reverse("mentoring_report"), {"export": "csv"})
    assert exported["Content-Type"].startswith("text/csv")
    body = b"".join(exported.streaming_content).decode()
    rows = list(csv.reader(io.StringIO(body)))
    line = next(r for r in rows if r[0] == mentor.user.public_name)
    assert line[1] == mentor.user.email
    assert line[3:10] == ["1", "1", "1", "0", "1", "1", "4.5"]


def test_old_report_address_leads_to_the_admin_report(client, staff):
    client.force_login(staff)
    response = client.get(reverse("mentoring:staff_report"))
    assert response.status_code == 302
    assert response.url == reverse("mentoring_report")


def test_report_is_refused_to_people_without_staff_access(client, mentor, mentee):
    report = reverse("mentoring_report")
    assert client.get(report).status_code == 302  # anonymous: log in
    for person in (mentee, mentor.user):
        client.force_login(person)
        response = client.get(report)
        assert response.status_code in (302, 403)
        assert "mentoring-figures" not in response.text


def test_report_runs_one_query_per_table_not_per_mentor(
    client, staff, django_assert_max_num_queries
):
    for _ in range(30):
        MentorshipFactory()
    client.force_login(staff)
    with django_assert_max_num_queries(30):
        client.get(reverse("mentoring_report"))
    with django_assert_max_num_queries(30):
        b"".join(client.get(reverse("mentoring_report"), {"export": "csv"}))


def make_cohort_people():
    mentors = [
        MentorFactory(areas=["tax"], capacity=2, user=UserFactory(display_name="Tax")),
        MentorFactory(
            areas=["marketing"], capacity=2, user=UserFactory(display_name="Marketing")
        ),
        MentorFactory(
            areas=["legal"],
            capacity=2,
            languages=",pt,",
            user=UserFactory(display_name="Legal"),
        ),
    ]
    mentees = [
        MenteeFactory(areas=[slug]).user
        for slug in ("tax", "tax", "marketing", "marketing", "legal", "legal")
    ]
    return mentees, mentors


def test_cohort_is_computed_optimally_within_capacity(staff):
    mentees, mentors = make_cohort_people()
    cohort = cohort_compute(
        staff=staff,
        name="Spring",
        mentee_ids=[u.pk for u in mentees],
        mentor_ids=[m.pk for m in mentors],
    )
    rows = {r.mentee_id: r for r in cohort.assignments.all()}
    wanted = {"tax": mentors[0].pk, "marketing": mentors[1].pk, "legal": mentors[2].pk}
    for user in mentees:
        slug = user.mentee_profile.areas.get().slug
        assert rows[user.pk].mentor_id == wanted[slug]
        assert rows[user.pk].reasons
    assert cohort.total_score == pytest.approx(sum(r.score for r in rows.values()))


def test_cohort_confirm_creates_mentorships_emails_everyone_and_refuses_replays(
    staff, django_capture_on_commit_callbacks
):
    mentees, mentors = make_cohort_people()
    cohort = cohort_compute(
        staff=staff,
        name="Spring",
        mentee_ids=[u.pk for u in mentees],
        mentor_ids=[m.pk for m in mentors],
    )
    with django_capture_on_commit_callbacks(execute=True):
        created = cohort_confirm(staff=staff, cohort_id=cohort.pk)
    assert len(created) == 6
    assert len(mail.outbox) == 12  # each mentee and their mentor
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError, match="ya está confirmada"):
        cohort_confirm(staff=staff, cohort_id=cohort.pk)
    assert Mentorship.objects.count() == 6


def test_cohort_over_capacity_after_adjusting_is_refused(client, staff):
    mentees, mentors = make_cohort_people()
    cohort = cohort_compute(
        staff=staff,
        name="Spring",
        mentee_ids=[u.pk for u in mentees],
        mentor_ids=[m.pk for m in mentors],
    )
    client.force_login(staff)
    for row in cohort.assignments.all():
        client.post(
            reverse("mentoring:cohort_assign", kwargs={"pk": cohort.pk}),
            {"assignment": row.pk, "mentor": mentors[0].pk},
        )
    response = client.post(
        reverse("mentoring:cohort_confirm", kwargs={"pk": cohort.pk}), follow=True
    )
    assert any(
        "free places" in str(m) or "plazas" in str(m)
        for m in response.context["messages"]
    )
    assert not Mentorship.objects.exists()
    cohort.refresh_from_db()
    assert cohort.status == Cohort.Status.DRAFT


def test_cohort_assign_refuses_tampered_ids(client, staff):
    mentees, mentors = make_cohort_people()
    cohort = cohort_compute(
        staff=staff,
        name="Spring",
        mentee_ids=[u.pk for u in mentees],
        mentor_ids=[m.pk for m in mentors[:2]],
    )
    row = cohort.assignments.first()
    before = row.mentor_id
    client.force_login(staff)
    for data in (
        {"assignment": row.pk, "mentor": mentors[2].pk},
        {"assignment": "x", "mentor": "y"},
        {"assignment": 999999, "mentor": mentors[0].pk},
    ):
        response = client.post(
            reverse("mentoring:cohort_assign", kwargs={"pk": cohort.pk}), data
        )
        assert response.status_code == 302
    row.refresh_from_db()
    assert row.mentor_id == before


def test_cohort_page_flow_as_staff(client, staff):
    mentees, mentors = make_cohort_people()
    client.force_login(staff)
    response = client.post(
        reverse("mentoring:cohort_list"),
        {
            "name": "Otoño",
            "mentees": [u.pk for u in mentees],
            "mentors": [m.pk for m in mentors],
        },
    )
    cohort = Cohort.objects.get()
    assert response.url == reverse("mentoring:cohort_detail", kwargs={"pk": cohort.pk})
    page = client.get(response.url)
    assert len(page.context["rows"]) == 6
    client.post(reverse("mentoring:cohort_confirm", kwargs={"pk": cohort.pk}))
    assert Mentorship.objects.filter(cohort=cohort).count() == 6


def test_cohort_without_people_is_refused(client, staff):
    client.force_login(staff)
    response = client.post(reverse("mentoring:cohort_list"), {"name": "Empty"})
    assert response.status_code == 400 and not Cohort.objects.exists()


def test_non_staff_cannot_run_cohort_services(user):
    from django.core.exceptions import PermissionDenied

    with pytest.raises(PermissionDenied):
        cohort_compute(staff=user, name="x", mentee_ids=[], mentor_ids=[])


def test_seed_creates_30_mentors_and_is_idempotent():
    from demo.seeders.mentoring import mentoring_seed

    for email in ("karim@rumbo.example", "grace@rumbo.example"):
        UserFactory(email=email)
    first = mentoring_seed(photos=False)
    second = mentoring_seed(photos=False)
    assert first["mentors"] == second["mentors"] >= 30
    assert MentorProfile.objects.filter(status="approved").count() >= 30
    assert MentorProfile.objects.values("region").distinct().count() >= 6
    assert Mentorship.objects.filter(mentee__email="grace@rumbo.example").count() == 1
    grace_mentorship = Mentorship.objects.get(mentee__email="grace@rumbo.example")
    assert (
        grace_mentorship.goals.count() == 2 and grace_mentorship.sessions.count() == 2
    )
    from allauth.account.models import EmailAddress

    assert EmailAddress.objects.get(email="mentor01@rumbo.example").verified


def test_wagtail_admin_links_to_the_staff_screens_and_lists_areas(client, staff):
    from tests.factories.mentoring import area

    area("financing")  # (a transactional test may have flushed the defaults)
    client.force_login(staff)
    admin = client.get("/cms/")
    assert admin.status_code == 200
    assert "/mentors/staff/cohorts/" in admin.text
    areas = client.get("/cms/snippets/mentoring/expertisearea/")
    assert areas.status_code == 200
    assert "Financiación y crowdfunding" in areas.text
