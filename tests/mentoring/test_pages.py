"""Directory, profiles, needs, recommendations and requests through the pages."""

import pytest
from django.urls import reverse

from mentoring.models import MenteeProfile, MentoringRequest, MentorProfile
from tests.factories import UserFactory
from tests.factories.mentoring import MentorFactory, MentorshipFactory, area

pytestmark = pytest.mark.django_db

DIRECTORY = "/es/mentors/"


def test_directory_lists_approved_mentors_only_and_never_their_email(client, mentor):
    pending = MentorFactory(
        status=MentorProfile.Status.PENDING,
        user=UserFactory(display_name="Pendiente Pérez"),
    )
    response = client.get(DIRECTORY)
    assert "Marta Mentor" in response.text
    assert "Pendiente Pérez" not in response.text
    assert mentor.user.email not in response.text
    detail = client.get(reverse("mentoring:mentor_detail", kwargs={"pk": mentor.pk}))
    assert mentor.headline in detail.text and mentor.user.email not in detail.text
    assert (
        client.get(
            reverse("mentoring:mentor_detail", kwargs={"pk": pending.pk})
        ).status_code
        == 404
    )


def test_pending_profile_is_visible_to_its_owner_and_staff(client, staff):
    pending = MentorFactory(status=MentorProfile.Status.PENDING)
    page = reverse("mentoring:mentor_detail", kwargs={"pk": pending.pk})
    client.force_login(pending.user)
    assert client.get(page).status_code == 200
    client.force_login(staff)
    assert client.get(page).status_code == 200


@pytest.mark.parametrize(
    "query, expected",
    [
        ("area=legal", {"Lawyer"}),
        ("language=pt", {"Lawyer"}),
        ("region=pt-fa", {"Lawyer"}),
        ("format=in_person", {"Taxes"}),
        ("accepting=on", {"Taxes"}),
        ("q=contracts", {"Lawyer"}),
        ("", {"Lawyer", "Taxes", "Full"}),
    ],
)
def test_directory_filters(client, query, expected):
    MentorFactory(
        user=UserFactory(display_name="Lawyer"),
        areas=["legal"],
        languages=",pt,en,",
        region="pt-fa",
        format="online",
        bio="Contracts and permits",
        accepting=False,
    )
    MentorFactory(
        user=UserFactory(display_name="Taxes"), areas=["tax"], format="in_person"
    )
    full = MentorFactory(
        user=UserFactory(display_name="Full"), capacity=1, format="online"
    )
    MentorshipFactory(mentor=full)
    response = client.get(f"{DIRECTORY}?{query}")
    names = {m.user.display_name for m in response.context["mentors"]}
    assert names == expected


def test_directory_ignores_nonsense_filters(client, mentor):
    response = client.get(f"{DIRECTORY}?area=nope&language=xx&region=<script>&page=999")
    assert response.status_code == 200


def test_directory_runs_a_fixed_number_of_queries(
    client, django_assert_max_num_queries
):
    for i in range(60):
        MentorFactory(areas=["tax", "marketing"] if i % 2 else ["legal"])
    client.get(DIRECTORY)
    with django_assert_max_num_queries(8):
        response = client.get(DIRECTORY)
    assert len(response.context["mentors"]) == 24


def test_needs_form_saves_needs_and_shows_recommendations_with_reasons(client, user):
    faro = MentorFactory(
        user=UserFactory(display_name="Rui Faro"),
        areas=["tax", "ecommerce", "marketing"],
        languages=",pt,",
        region="pt-fa",
        city="Faro",
        capacity=3,
    )
    MentorFactory(
        user=UserFactory(display_name="Nobody Fits"),
        areas=["hr"],
        languages=",fr,",
        region="es-md",
        format="in_person",
    )
    client.force_login(user)
    response = client.post(
        reverse("mentoring:needs"),
        {
            "areas": [area(s).pk for s in ("tax", "ecommerce", "marketing", "legal")],
            "sector": "retail",
            "stage": "starting",
            "languages": ["pt"],
            "region": "pt-fa",
            "format": "both",
            "description": "Shop",
        },
    )
    assert response.status_code == 302
    assert MenteeProfile.objects.get(user=user).areas.count() == 4
    page = client.get("/en/mentors/recommended/")
    recs = page.context["recommendations"]
    assert recs[0].mentor == faro
    reasons = "; ".join(recs[0].reasons)
    assert "covers 3 of your 4 needs: Tax, Marketing, E-commerce" in reasons
    assert "speaks Portuguese" in reasons
    assert "based in Faro, Algarve" in reasons
    assert "3 places free" in reasons


def test_needs_form_refuses_bad_input_and_changes_nothing(client, user):
    client.force_login(user)
    response = client.post(
        reverse("mentoring:needs"), {"areas": ["999999"], "sector": "spaceships"}
    )
    assert response.status_code == 400
    assert not MenteeProfile.objects.exists()


def test_recommendations_leave_out_full_mentors_and_need_needs(client, mentee):
    full = MentorFactory(capacity=1)
    MentorshipFactory(mentor=full)
    free = MentorFactory()
    client.force_login(mentee)
    recs = client.get(reverse("mentoring:recommended")).context["recommendations"]
    assert [r.mentor for r in recs] == [free]
    client.force_login(UserFactory())
    assert client.get(reverse("mentoring:recommended")).url == reverse(
        "mentoring:needs"
    )


def test_recommendations_run_a_fixed_number_of_queries(
    client, mentee, django_assert_max_num_queries
):
    for i in range(80):
        MentorFactory(areas=["tax"] if i % 3 else ["marketing", "tax"])
    client.force_login(mentee)
    client.get(reverse("mentoring:recommended"))
    with django_assert_max_num_queries(14):
        response = client.get(reverse("mentoring:recommended"))
    assert len(response.context["recommendations"]) == 10


def test_anonymous_visitors_are_sent_to_log_in(client, mentor):
    for name in ("needs", "recommended", "apply", "dashboard"):
        response = client.get(reverse(f"mentoring:{name}"))
        assert response.status_code == 302 and "login" in response.url
    response = client.post(
        reverse("mentoring:request_create", kwargs={"pk": mentor.pk}), {"message": "Hi"}
    )
    assert response.status_code == 302 and not MentoringRequest.objects.exists()


def test_request_through_the_page_then_accept_on_the_dashboard(client, mentor, mentee):
    client.force_login(mentee)
    response = client.post(
        reverse("mentoring:request_create", kwargs={"pk": mentor.pk}),
        {"message": "Hola"},
    )
    assert response.status_code == 302
    req = MentoringRequest.objects.get()
    client.force_login(mentor.user)
    dashboard = client.get(reverse("mentoring:dashboard"))
    assert "Hola" in dashboard.text
    response = client.post(reverse("mentoring:request_accept", kwargs={"pk": req.pk}))
    assert response.status_code == 302 and "/mentorships/" in response.url
    # A replayed accept says why instead of failing.
    response = client.post(
        reverse("mentoring:request_accept", kwargs={"pk": req.pk}), follow=True
    )
    assert response.status_code == 200
    shown = [str(m) for m in response.context["messages"]]
    assert any("already answered" in m or "respondid" in m for m in shown), shown


def test_duplicate_request_through_the_page_shows_the_reason(client, mentor, mentee):
    client.force_login(mentee)
    client.post(
        reverse("mentoring:request_create", kwargs={"pk": mentor.pk}),
        {"message": "Hola"},
    )
    response = client.post(
        reverse("mentoring:request_create", kwargs={"pk": mentor.pk}),
        {"message": "Hola"},
    )
    assert response.status_code == 400
    assert MentoringRequest.objects.count() == 1


def test_another_users_request_cannot_be_answered_or_withdrawn(
    client, mentor, mentee, other_mentor
):
    client.force_login(mentee)
    client.post(
        reverse("mentoring:request_create", kwargs={"pk": mentor.pk}),
        {"message": "Hola"},
    )
    req = MentoringRequest.objects.get()
    client.force_login(other_mentor.user)
    for name in ("request_accept", "request_decline", "request_withdraw"):
        response = client.post(reverse(f"mentoring:{name}", kwargs={"pk": req.pk}))
        assert response.status_code == 302
    req.refresh_from_db()
    assert req.status == MentoringRequest.Status.PENDING


def test_get_on_actions_is_not_allowed(client, mentor):
    client.force_login(mentor.user)
    assert (
        client.get(reverse("mentoring:request_accept", kwargs={"pk": 1})).status_code
        == 405
    )


def test_apply_creates_a_pending_profile_that_staff_approve(client, user, staff):
    client.force_login(user)
    response = client.post(
        reverse("mentoring:apply"),
        {
            "headline": "Marketing for food shops",
            "areas": [area("marketing").pk],
            "languages": ["es", "en"],
            "sectors": ["food"],
            "region": "es-an",
            "city": "Lepe",
            "format": "both",
            "capacity": 2,
            "accepting": "on",
        },
    )
    assert response.status_code == 302
    profile = MentorProfile.objects.get(user=user)
    assert profile.status == MentorProfile.Status.PENDING and profile.language_list == [
        "es",
        "en",
    ]
    assert "Marketing for food shops" not in client.get(DIRECTORY).text
    client.force_login(staff)
    client.post(
        reverse("mentoring:staff_review", kwargs={"pk": profile.pk}),
        {"decision": "approve"},
    )
    profile.refresh_from_db()
    assert profile.status == MentorProfile.Status.APPROVED
    assert "Marketing for food shops" in client.get(DIRECTORY).text


def test_apply_with_bad_capacity_is_refused(client, user):
    client.force_login(user)
    response = client.post(
        reverse("mentoring:apply"),
        {
            "headline": "X",
            "areas": [area("tax").pk],
            "languages": ["es"],
            "region": "es-an",
            "format": "both",
            "capacity": 500,
        },
    )
    assert response.status_code == 400 and not MentorProfile.objects.exists()


def test_capacity_cannot_drop_below_current_mentees(client, mentor):
    MentorshipFactory(mentor=mentor)
    MentorshipFactory(mentor=mentor)
    client.force_login(mentor.user)
    response = client.post(
        reverse("mentoring:apply"),
        {
            "headline": "X",
            "areas": [area("tax").pk],
            "languages": ["es"],
            "region": "es-an",
            "format": "both",
            "capacity": 1,
        },
    )
    assert response.status_code == 400
    mentor.refresh_from_db()
    assert mentor.capacity == 2


def test_account_page_shows_the_mentoring_panel(client, mentee):
    m = MentorshipFactory(mentee=mentee)
    client.force_login(mentee)
    response = client.get(reverse("account_home"))
    assert reverse("mentoring:workspace", kwargs={"pk": m.pk}) in response.text


def test_data_export_has_a_mentoring_section(client, mentee):
    MentorshipFactory(mentee=mentee)
    from users.data_export import SECTIONS

    section = SECTIONS["mentoring"](mentee)
    assert section["mentee_needs"]["sector"] == "retail"
    assert len(section["mentorships"]) == 1


def test_mentee_context_lists_courses_and_certificates(mentee):
    from mentoring.selectors import mentee_context

    context = mentee_context(mentee)
    assert context == {"enrolments": [], "certificates": []}
