"""Segments, CSV import, demo data and the staff screens with their permissions."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from newsletters import services
from newsletters.models import Send, Subscriber
from newsletters.segments import segment_clean, segment_count

from tests.factories import UserFactory
from tests.factories.newsletters import SubscriberFactory, campaign
from tests.factories.shop import seller

pytestmark = pytest.mark.django_db


def test_segments_combine_language_and_groups():
    from tests.factories.mentoring import MenteeFactory, MentorFactory

    pt_seller = UserFactory(preferred_language="pt")
    seller(user=pt_seller)
    SubscriberFactory(user=pt_seller, email=pt_seller.email, language="pt")
    mentor = MentorFactory()
    SubscriberFactory(user=mentor.user, email=mentor.user.email, language="es")
    mentee = MenteeFactory()
    SubscriberFactory(user=mentee.user, email=mentee.user.email, language="en")
    SubscriberFactory(language="pt")  # a visitor, no account

    assert segment_count(segment_clean({})) == 4
    assert segment_count(segment_clean({"languages": ["pt"]})) == 2
    assert segment_count(segment_clean({"roles": ["sellers"]})) == 1
    assert segment_count(segment_clean({"roles": ["sellers", "mentors"]})) == 2
    assert segment_count(segment_clean({"roles": ["mentees"]})) == 1
    assert (
        segment_count(segment_clean({"roles": ["mentors"], "languages": ["pt"]})) == 0
    )
    assert segment_count(segment_clean({"regions": ["Andalucía"]})) == 3


def test_learner_segments_by_course_and_certificate():
    from tests.factories.courses import course_page, enrol

    course = course_page(title="Marketing")
    other = course_page(title="Finanzas")
    learner = UserFactory()
    enrol(learner, course)
    SubscriberFactory(user=learner, email=learner.email)
    other_learner = UserFactory()
    enrol(other_learner, other)
    SubscriberFactory(user=other_learner, email=other_learner.email)

    key = str(course.translation_key)
    assert segment_count(segment_clean({"roles": ["learners"]})) == 2
    assert segment_count(segment_clean({"course": key})) == 1
    assert segment_count(segment_clean({"course": key, "certified": "yes"})) == 0
    assert segment_count(segment_clean({"course": key, "certified": "no"})) == 1


@pytest.mark.parametrize(
    "bad", [{"languages": ["xx"]}, {"roles": ["admins"]}, {"course": "nope"}]
)
def test_unknown_segment_choices_are_refused(bad):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        segment_clean(bad)


def test_csv_import_reports_rejected_rows_and_keeps_consent_rules():
    SubscriberFactory(email="known@example.org")
    data = (
        b"email;language;consent\n"
        b"new@example.org;pt;yes\n"
        b"pending@example.org;en;\n"
        b"not-an-email;es;yes\n"
        b"NEW@example.org;es;yes\n"
        b"known@example.org;es;yes\n"
        b"other@example.org;xx;yes\n"
    )

    report = services.subscribers_import(
        file=io.BytesIO(data), consent_given=False, consent_note=""
    )

    assert report.created == 2
    assert report.pending == 1
    reasons = {row["line"]: str(row["reason"]) for row in report.rejected}
    assert set(reasons) == {4, 5, 6, 7}
    assert Subscriber.objects.get(email="new@example.org").status == "subscribed"
    pending = Subscriber.objects.get(email="pending@example.org")
    assert pending.status == "pending" and pending.consent_source == "import"


def test_csv_without_an_email_column_changes_nothing():
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        services.subscribers_import(
            file=io.BytesIO(b"name\nAna\n"), consent_given=True, consent_note="x"
        )
    assert Subscriber.objects.count() == 0


@pytest.mark.parametrize(
    "url",
    ["/cms/newsletters/sends/", "/cms/newsletters/import/", "/cms/newsletters/count/"],
)
def test_anonymous_and_plain_users_cannot_reach_the_staff_screens(client, user, url):
    assert client.get(url).status_code == 302
    client.force_login(user)
    assert client.get(url).status_code in (302, 403)


def test_staff_count_sends_and_follow_progress(staff_client, settings):
    SubscriberFactory.create_batch(3, language="pt")
    SubscriberFactory(language="es")
    news = campaign()

    counted = staff_client.get(
        reverse("newsletters_admin:count"), {"languages": ["pt"], "certified": "any"}
    )
    assert counted.json()["count"] == 3
    page = staff_client.get(reverse("newsletters_admin:send", args=[news.pk]))
    assert page.status_code == 200
    response = staff_client.post(
        reverse("newsletters_admin:send", args=[news.pk]),
        {"languages": ["pt"], "certified": "any", "when": "now", "action": "send"},
    )

    send = Send.objects.get()
    assert response["Location"] == reverse(
        "newsletters_admin:send_detail", args=[send.pk]
    )
    progress = staff_client.get(reverse("newsletters_admin:progress", args=[send.pk]))
    assert progress.json()["sent"] == 3 and progress.json()["percent"] == 100
    detail = staff_client.get(response["Location"])
    assert 'id="nl-summary"' in detail.content.decode()
    again = staff_client.post(
        reverse("newsletters_admin:send_control", args=[send.pk, "pause"])
    )
    assert again.status_code == 302


def test_staff_import_shows_the_report(staff_client):
    upload = SimpleUploadedFile(
        "list.csv", b"email\nok@example.org\nbad\n", content_type="text/csv"
    )
    response = staff_client.post(
        reverse("newsletters_admin:import"), {"file": upload, "consent_note": ""}
    )
    html = response.content.decode()
    assert 'id="nl-import-report"' in html and "bad" in html
    assert Subscriber.objects.get().status == "pending"


def test_staff_import_can_ask_the_pending_people_to_confirm(
    staff_client, django_capture_on_commit_callbacks
):
    from django.core import mail

    upload = SimpleUploadedFile(
        "list.csv", b"email\nok@example.org\n", content_type="text/csv"
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            reverse("newsletters_admin:import"),
            {"file": upload, "consent_note": "", "ask_to_confirm": "on"},
        )

    assert "enlace de confirmación va de camino" in response.content.decode()
    assert [m.to for m in mail.outbox] == [["ok@example.org"]]


def test_campaign_preview_renders_the_email():
    html = campaign().serve_preview(None, "").content.decode()
    assert "Titular es" in html and 'style="' in html


def test_account_preferences_subscribe_and_unsubscribe(user_client, user):
    from django.core import mail

    url = "/es/newsletter/preferences/"
    user_client.post(url, {"subscribed": "on", "language": "pt"})
    subscriber = Subscriber.objects.get(user=user)
    assert subscriber.status == "subscribed" and subscriber.language == "pt"
    assert subscriber.consent_source == "account"
    assert len(mail.outbox) == 1
    home = user_client.get("/es/accounts/").content.decode()
    assert 'action="/es/newsletter/preferences/"' in home

    user_client.post(url, {"language": "pt"})
    assert Subscriber.objects.get(user=user).status == "unsubscribed"
    bad = user_client.post(url, {"subscribed": "on", "language": "klingon"})
    assert bad.status_code == 302
    assert Subscriber.objects.get(user=user).status == "unsubscribed"


def test_preferences_need_a_login(client):
    response = client.post("/es/newsletter/preferences/", {"language": "es"})
    assert response.status_code == 302 and "login" in response["Location"]
    assert Subscriber.objects.count() == 0


def test_archive_lists_sent_issues_per_language_and_the_data_export(client, user):
    from demo.seeders.newsletters import newsletters_seed

    SubscriberFactory(user=user, email=user.email)
    result = newsletters_seed()
    newsletters_seed()  # idempotent

    assert result["issues"] == 2
    archive = client.get("/pt/newsletter/archive/").content.decode()
    assert "Rumbo, número 2: vender na feira" in archive
    assert "Boletín" not in archive
    unsent = campaign(title="Borrador")
    assert client.get(f"/es/newsletter/archive/{unsent.pk}/").status_code == 404
    from users.data_export import SECTIONS

    assert SECTIONS["newsletter"](user)["status"] == "subscribed"
