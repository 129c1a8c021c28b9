"""The staff course report and the exam-grant screens in the Wagtail admin."""

import csv
import io

import pytest
from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils import timezone, translation

from courses.certificates.models import Certificate
from courses.exams.models import Attempt, ExamGrant
from courses.exams.selectors import allowance_for
from courses.models import Enrolment
from courses.reports import course_report_rows
from courses.wagtail_hooks import CourseReportView
from tests.factories import UserFactory
from tests.factories.courses import course_page

REPORT_URL = "/cms/reports/courses/"


def _attempt(user, course, number, passed):
    return Attempt.objects.create(
        user=user,
        course=course,
        number=number,
        status=Attempt.Status.GRADED,
        submitted_at=timezone.now(),
        score=90 if passed else 20,
        passed=passed,
        pass_mark=70,
        feedback="none",
    )


@pytest.fixture
def known_course(db):
    """4 enrolled (2 completed); 3 sat the exam (one passed at the 2nd try, one
    passed at once, one failed twice); 2 certificates; an open attempt ignored."""
    course = course_page(title="Plan de negocio")
    learners = UserFactory.create_batch(5)
    for i, learner in enumerate(learners[:4]):
        Enrolment.objects.create(
            user=learner,
            course=course,
            completed_at=timezone.now() if i < 2 else None,
        )
    _attempt(learners[0], course, 1, passed=False)
    _attempt(learners[0], course, 2, passed=True)
    _attempt(learners[1], course, 1, passed=True)
    _attempt(learners[2], course, 1, passed=False)
    _attempt(learners[2], course, 2, passed=False)
    Attempt.objects.create(
        user=learners[3], course=course, number=1, pass_mark=70, feedback="none"
    )
    for learner in learners[:2]:
        Certificate.objects.create(
            user=learner,
            course=course,
            learner_name=learner.display_name or "x",
            course_title=course.title,
            hours=course.hours,
            language="es",
        )
    course_page(title="Curso vacío")
    return course


def test_report_figures_match_a_known_dataset(known_course):
    row = course_report_rows().get(pk=known_course.pk)
    assert row.enrolment_count == 4
    assert row.completed_count == 2
    assert row.completion_rate == 50.0
    assert row.attempted_count == 3
    assert row.passed_count == 2
    assert row.pass_rate == pytest.approx(66.7)
    assert row.certificate_count == 2


def test_report_shows_no_rate_for_a_course_without_learners(known_course):
    row = course_report_rows().get(title="Curso vacío")
    assert (row.enrolment_count, row.certificate_count) == (0, 0)
    assert row.completion_rate is None and row.pass_rate is None


def test_staff_see_the_report_page(client, staff, known_course):
    client.force_login(staff)
    response = client.get(REPORT_URL)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Plan de negocio" in html
    assert "66.7 %" in html


def test_csv_export_has_headings_and_one_row_per_course(client, staff, known_course):
    client.force_login(staff)
    response = client.get(REPORT_URL, {"export": "csv"})
    assert response.status_code == 200
    body = b"".join(response.streaming_content).decode()
    rows = list(csv.reader(io.StringIO(body)))
    # The admin speaks the staff member's language; the headings follow it.
    with translation.override(response.get("Content-Language") or "en"):
        headings = [
            str(CourseReportView.export_headings[field])
            for field in CourseReportView.list_export
        ]
    assert rows[0] == headings
    by_title = {row[0]: row for row in rows[1:]}
    assert by_title["Plan de negocio"][1:4] == ["es", "4", "2"]
    assert by_title["Plan de negocio"][-1] == "2"


def test_learners_cannot_open_the_report(client, user):
    client.force_login(user)
    response = client.get(REPORT_URL)
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_staff_without_the_permission_are_denied(client, db, password):
    editor = UserFactory(password=password, is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    response = client.get(REPORT_URL)
    assert response.status_code in (302, 403)
    assert response.status_code == 403 or "Plan" not in response.get("Location", "")
    editor.user_permissions.add(Permission.objects.get(codename="view_enrolment"))
    editor = type(editor).objects.get(pk=editor.pk)
    client.force_login(editor)
    assert client.get(REPORT_URL).status_code == 200


def test_report_queries_do_not_grow_with_courses(
    client, staff, django_assert_max_num_queries
):
    learner = UserFactory()
    for i in range(200):
        course = course_page(title=f"Curso {i:03d}")
        if i % 3 == 0:
            Enrolment.objects.create(user=learner, course=course)
    client.force_login(staff)
    with django_assert_max_num_queries(25):
        response = client.get(REPORT_URL)
    assert response.status_code == 200
    with django_assert_max_num_queries(25):
        response = client.get(REPORT_URL, {"export": "csv"})
        body = b"".join(response.streaming_content).decode()
    assert body.count("\n") >= 201


def test_grant_screen_is_reachable_by_staff(client, staff):
    client.force_login(staff)
    response = client.get(reverse("exam_grants:add"))
    assert response.status_code == 200
    assert 'name="extra_attempts"' in response.content.decode()


def test_grant_created_in_the_admin_extends_the_allowance(client, staff, user):
    course = course_page(exam_max_attempts=3)
    client.force_login(staff)
    response = client.post(
        reverse("exam_grants:add"),
        {
            "user": user.pk,
            "course": course.pk,
            "extra_attempts": 2,
            "extra_minutes": 15,
            "reason": "Corte de luz durante el examen",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    grant = ExamGrant.objects.get()
    assert grant.reason == "Corte de luz durante el examen"
    allowance = allowance_for(user, course)
    assert (allowance.attempts, allowance.extra_minutes) == (5, 15)


def test_learners_cannot_reach_the_grant_screen(client, user):
    client.force_login(user)
    assert client.get(reverse("exam_grants:index")).status_code == 302


def test_grant_screen_picks_learners_and_courses_with_choosers(
    client, staff, django_assert_max_num_queries
):
    from tests.factories import UserFactory

    UserFactory.create_batch(60)
    UserFactory(display_name="Rosa Fonseca", email="rosa@example.pt")
    client.force_login(staff)

    with django_assert_max_num_queries(40):
        form = client.get(reverse("exam_grants:add")).content.decode()
    assert "rosa@example.pt" not in form  # no <select> of every account
    assert reverse("learner_chooser:choose") in form

    results = client.get(
        reverse("learner_chooser:choose_results"), {"q": "fonseca"}
    ).content.decode()
    assert (
        "rosa@example.pt" in results and results.count("data-chooser-modal-choice") == 1
    )


def test_learner_chooser_is_staff_only(client, user):
    client.force_login(user)
    assert client.get(reverse("learner_chooser:choose")).status_code == 302


def test_grant_with_a_tampered_learner_or_course_changes_nothing(client, staff, user):
    course = course_page()
    client.force_login(staff)
    for tampered in (
        {"user": 999999, "course": course.pk},
        {"user": user.pk, "course": "x"},
    ):
        response = client.post(
            reverse("exam_grants:add"),
            {**tampered, "extra_attempts": 1, "extra_minutes": 0, "reason": ""},
        )
        assert response.status_code == 200  # the form again, with its errors
        assert response.context["form"].errors
    assert not ExamGrant.objects.exists()
