"""The mentorship workspace: goals, sessions, messages, ending, feedback,
and who may see and do what."""

from datetime import date, timedelta

import pytest
from django.core import mail
from django.urls import reverse

from mentoring.models import Feedback, Goal, Mentorship, Message, Session
from tests.factories import UserFactory
from tests.factories.mentoring import MentorshipFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def mentorship(mentor, mentee):
    return MentorshipFactory(mentor=mentor, mentee=mentee)


def url(name, mentorship, **kw):
    return reverse(f"mentoring:{name}", kwargs={"pk": mentorship.pk, **kw})


def test_the_pair_and_staff_see_the_workspace_others_do_not(
    client, mentorship, other_mentor, staff
):
    page = url("workspace", mentorship)
    for person in (mentorship.mentee, mentorship.mentor.user, staff):
        client.force_login(person)
        response = client.get(page)
        assert response.status_code == 200
        assert "Goals" in response.text or "Objetivos" in response.text
    for person in (other_mentor.user, UserFactory()):
        client.force_login(person)
        assert client.get(page).status_code == 404
    client.logout()
    assert client.get(page).status_code == 302


def test_goal_added_then_achieved(client, mentorship):
    client.force_login(mentorship.mentee)
    response = client.post(
        url("goal_create", mentorship),
        {"title": "Open the online shop", "target_date": "2030-01-31"},
    )
    assert response.status_code == 302
    goal = Goal.objects.get()
    assert goal.status == Goal.Status.NOT_STARTED and goal.target_date == date(
        2030, 1, 31
    )
    client.force_login(mentorship.mentor.user)
    client.post(url("goal_status", mentorship, goal_pk=goal.pk), {"status": "achieved"})
    goal.refresh_from_db()
    assert goal.status == Goal.Status.ACHIEVED and goal.achieved_at is not None


def test_double_submitted_goal_is_stored_once(client, mentorship):
    client.force_login(mentorship.mentee)
    for _ in range(2):
        client.post(url("goal_create", mentorship), {"title": "Same goal"})
    assert Goal.objects.count() == 1


def test_goal_of_another_mentorship_cannot_be_changed(client, mentorship):
    other = MentorshipFactory()
    goal = Goal.objects.create(mentorship=other, title="Theirs")
    client.force_login(mentorship.mentee)
    client.post(url("goal_status", mentorship, goal_pk=goal.pk), {"status": "achieved"})
    goal.refresh_from_db()
    assert goal.status == Goal.Status.NOT_STARTED


def test_bad_goal_status_changes_nothing(client, mentorship):
    goal = Goal.objects.create(mentorship=mentorship, title="Mine")
    client.force_login(mentorship.mentee)
    response = client.post(
        url("goal_status", mentorship, goal_pk=goal.pk),
        {"status": "done!!"},
        follow=True,
    )
    assert response.status_code == 200
    goal.refresh_from_db()
    assert goal.status == Goal.Status.NOT_STARTED


def test_session_logged_with_notes(client, mentorship):
    client.force_login(mentorship.mentor.user)
    client.post(
        url("session_create", mentorship),
        {
            "date": date.today().isoformat(),
            "minutes": 45,
            "format": "online",
            "notes": "Pricing",
            "next_steps": "Costs",
        },
    )
    session = Session.objects.get()
    assert session.minutes == 45 and session.next_steps == "Costs"


@pytest.mark.parametrize(
    "data",
    [
        {"date": "2026-13-45", "minutes": 45, "format": "online"},
        {"date": "2020-01-01", "minutes": 2, "format": "online"},
        {"date": "2020-01-01", "minutes": 45, "format": "teleport"},
        {
            "date": (date.today() + timedelta(days=30)).isoformat(),
            "minutes": 45,
            "format": "online",
        },
    ],
)
def test_bad_session_is_refused_with_a_message(client, mentorship, data):
    client.force_login(mentorship.mentor.user)
    response = client.post(url("session_create", mentorship), data)
    assert response.status_code == 400
    assert "field__error" in response.text or "form-errors" in response.text
    assert not Session.objects.exists()


def test_message_emails_the_other_side(
    client, mentorship, django_capture_on_commit_callbacks
):
    client.force_login(mentorship.mentee)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            url("message_create", mentorship), {"body": "Shall we meet on Tuesday?"}
        )
    assert Message.objects.get().body == "Shall we meet on Tuesday?"
    assert [m.to for m in mail.outbox] == [[mentorship.mentor.user.email]]


def test_outsiders_cannot_post_anything(client, mentorship, other_mentor):
    client.force_login(other_mentor.user)
    assert (
        client.post(url("message_create", mentorship), {"body": "Hi"}).status_code
        == 404
    )
    assert (
        client.post(url("goal_create", mentorship), {"title": "x"}).status_code == 404
    )
    assert (
        client.post(url("mentorship_end", mentorship), {"rating": 1}).status_code == 404
    )
    assert not Message.objects.exists() and not Goal.objects.exists()
    mentorship.refresh_from_db()
    assert mentorship.status == Mentorship.Status.ACTIVE


def test_staff_read_but_cannot_post_as_the_pair(client, mentorship, staff):
    client.force_login(staff)
    response = client.post(url("message_create", mentorship), {"body": "Hello"})
    assert response.status_code == 403
    assert not Message.objects.exists()


def test_ending_with_a_rating_frees_the_place_and_feedback_stays_private(
    client, mentorship, staff
):
    client.force_login(mentorship.mentee)
    response = client.post(
        url("mentorship_end", mentorship),
        {"rating": 4, "comment": "Very helpful SECRET"},
    )
    assert response.status_code == 302
    mentorship.refresh_from_db()
    assert (
        mentorship.status == Mentorship.Status.ENDED
        and mentorship.ended_by == mentorship.mentee
    )
    # The mentor does not see the mentee's feedback; they can leave their own.
    client.force_login(mentorship.mentor.user)
    page = client.get(url("workspace", mentorship)).text
    assert "SECRET" not in page
    client.post(
        url("mentorship_end", mentorship), {"rating": 5, "comment": "Great mentee"}
    )
    assert Feedback.objects.count() == 2
    # Staff see both.
    client.force_login(staff)
    page = client.get(url("workspace", mentorship)).text
    assert "SECRET" in page and "Great mentee" in page


def test_ending_needs_a_rating_from_1_to_5(client, mentorship):
    client.force_login(mentorship.mentee)
    for rating in ("0", "6", "abc", ""):
        response = client.post(url("mentorship_end", mentorship), {"rating": rating})
        assert response.status_code == 400
    mentorship.refresh_from_db()
    assert mentorship.status == Mentorship.Status.ACTIVE


def test_ending_twice_is_refused_without_a_500(client, mentorship):
    client.force_login(mentorship.mentee)
    client.post(url("mentorship_end", mentorship), {"rating": 3})
    response = client.post(url("mentorship_end", mentorship), {"rating": 3})
    assert response.status_code == 400
    assert Feedback.objects.count() == 1


def test_nothing_is_added_to_an_ended_mentorship(client, mentorship):
    client.force_login(mentorship.mentee)
    client.post(url("mentorship_end", mentorship), {"rating": 3})
    response = client.post(url("message_create", mentorship), {"body": "Late"})
    assert response.status_code == 400
    assert not Message.objects.exists()


def test_tampered_ids_give_404(client, mentorship):
    client.force_login(mentorship.mentee)
    assert (
        client.get(reverse("mentoring:workspace", kwargs={"pk": 99999999})).status_code
        == 404
    )
