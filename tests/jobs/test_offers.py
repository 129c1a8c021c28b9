"""Posting, approving, changing, withdrawing and closing job offers."""

from datetime import timedelta

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from jobs.hooks import posters_for
from jobs.models import JobOffer
from jobs.services import offers_close_past
from tests.factories import UserFactory
from tests.factories import jobs as job_factories
from tests.jobs.conftest import organisation_with_editor

pytestmark = pytest.mark.django_db


def form_data(key, **changes):
    data = {
        "poster": key,
        "title": "Panadero o panadera",
        "kind": "employee",
        "description": "Horno de leña, turno de mañana.",
        "town": "Badajoz",
        "region": "es-ex",
        "languages": ["es", "pt"],
        "language": "es",
        "closing_date": (timezone.localdate() + timedelta(days=20)).isoformat(),
    }
    data.update(changes)
    return data


def test_a_new_posters_first_offer_waits_for_staff_who_are_told(
    client, seller, staff, run_on_commit
):
    user, shop, key = seller
    client.force_login(user)
    with run_on_commit():
        response = client.post(reverse("jobs:create"), form_data(key))
    assert response.status_code == 302
    offer = JobOffer.objects.get()
    assert offer.status == JobOffer.Status.PENDING
    assert offer.poster_name == "Panadería Guadiana"
    assert [m.to for m in mail.outbox] == [[staff.email]]
    assert "Panadería Guadiana" in mail.outbox[0].body
    # Not public while waiting, but its poster sees it.
    client.logout()
    assert client.get(reverse("jobs:offer", args=[offer.pk])).status_code == 404
    assert "Panadero o panadera" not in client.get(reverse("jobs:list")).text


def test_staff_approval_publishes_and_later_offers_go_straight_out(
    client, seller, staff, run_on_commit
):
    user, shop, key = seller
    client.force_login(user)
    client.post(reverse("jobs:create"), form_data(key))
    offer = JobOffer.objects.get()
    client.force_login(staff)
    with run_on_commit():
        response = client.post(
            reverse("jobs_joboffer:edit", args=[offer.pk]),
            {
                "status": "published",
                "review_note": "",
                "title": offer.title,
                "description": offer.description,
            },
        )
    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.status == JobOffer.Status.PUBLISHED and offer.approved_at
    assert mail.outbox[-1].to == [user.email]
    client.logout()
    assert "Panadero o panadera" in client.get(reverse("jobs:list")).text
    client.force_login(user)
    client.post(reverse("jobs:create"), form_data(key, title="Repartidor"))
    assert JobOffer.objects.get(title="Repartidor").status == JobOffer.Status.PUBLISHED


def test_staff_rejection_needs_a_note_and_an_edit_resubmits(
    client, seller, staff, run_on_commit
):
    user, shop, key = seller
    client.force_login(user)
    client.post(reverse("jobs:create"), form_data(key))
    offer = JobOffer.objects.get()
    client.force_login(staff)
    edit = reverse("jobs_joboffer:edit", args=[offer.pk])
    base = {"title": offer.title, "description": offer.description}
    response = client.post(edit, {**base, "status": "rejected", "review_note": ""})
    assert response.status_code == 200
    offer.refresh_from_db()
    assert offer.status == JobOffer.Status.PENDING
    with run_on_commit():
        client.post(edit, {**base, "status": "rejected", "review_note": "Add the pay."})
    offer.refresh_from_db()
    assert offer.status == JobOffer.Status.REJECTED
    assert "Add the pay." in mail.outbox[-1].body
    client.force_login(user)
    assert "Add the pay." in client.get(reverse("jobs:edit", args=[offer.pk])).text
    client.post(
        reverse("jobs:edit", args=[offer.pk]),
        form_data(key, description="1.200 € al mes."),
    )
    offer.refresh_from_db()
    assert offer.status == JobOffer.Status.PENDING


def test_a_tampered_poster_key_is_refused_and_nothing_is_stored(
    client, seller, other_seller
):
    user, _, _ = seller
    client.force_login(user)
    for key in (other_seller[2], "shop:999999", "organisation:nope"):
        response = client.post(reverse("jobs:create"), form_data(key))
        assert response.status_code == 400
        assert "No puedes publicar en nombre de esta organización" in response.text
    # NUL bytes are refused before any view (rumbo.middleware).
    assert (
        client.post(reverse("jobs:create"), form_data("shop:1\x00")).status_code == 400
    )
    assert not JobOffer.objects.exists()


def test_people_without_a_poster_are_told_how_to_get_one(client, applicant):
    client.force_login(applicant)
    response = client.get(reverse("jobs:create"))
    assert response.status_code == 200
    assert 'name="title"' not in response.text
    response = client.post(reverse("jobs:create"), form_data("shop:1"))
    assert not JobOffer.objects.exists()


def test_anonymous_people_are_sent_to_log_in(client):
    for name in ("jobs:create", "jobs:mine", "jobs:applications"):
        response = client.get(reverse(name))
        assert response.status_code == 302
        assert "login" in response["Location"]


def test_bad_offer_input_gets_messages_and_changes_nothing(client, seller):
    user, _, key = seller
    client.force_login(user)
    bad = [
        form_data(key, closing_date="2001-01-01"),
        form_data(key, closing_date="not a date"),
        form_data(key, town="", remote=""),
        form_data(key, kind="astronaut"),
        form_data(key, languages=["xx"]),
        form_data(key, title=""),
        form_data(key, title="x" * 500),
        form_data(key, region="mars"),
        form_data(
            key, closing_date=(timezone.localdate() + timedelta(days=900)).isoformat()
        ),
    ]
    for data in bad:
        response = client.post(reverse("jobs:create"), data)
        assert response.status_code == 400, data
        assert "field__error" in response.text or "form-errors" in response.text
    assert not JobOffer.objects.exists()


def test_a_remote_offer_needs_no_town(client, seller):
    user, _, key = seller
    client.force_login(user)
    client.post(reverse("jobs:create"), form_data(key, town="", remote="on"))
    assert JobOffer.objects.get().remote


def test_a_double_submitted_offer_is_stored_once(client, seller):
    user, _, key = seller
    client.force_login(user)
    client.post(reverse("jobs:create"), form_data(key))
    client.post(reverse("jobs:create"), form_data(key))
    assert JobOffer.objects.count() == 1


def test_poster_b_cannot_see_edit_or_withdraw_poster_as_offers(
    client, offer, other_seller
):
    client.force_login(other_seller[0])
    assert client.get(reverse("jobs:edit", args=[offer.pk])).status_code == 404
    assert client.post(reverse("jobs:withdraw", args=[offer.pk])).status_code == 404
    assert client.get(reverse("jobs:applicants", args=[offer.pk])).status_code == 404
    assert "Socio panadero" not in client.get(reverse("jobs:mine")).text
    offer.refresh_from_db()
    assert offer.status == JobOffer.Status.PUBLISHED


def test_someone_who_left_the_shop_can_no_longer_manage_its_offers(
    client, offer, seller
):
    user, shop, _ = seller
    shop.users.remove(user)
    client.force_login(user)
    assert client.get(reverse("jobs:edit", args=[offer.pk])).status_code == 404


def test_the_poster_changes_and_withdraws_an_offer(client, offer, seller):
    user, _, key = seller
    client.force_login(user)
    response = client.post(
        reverse("jobs:edit", args=[offer.pk]), form_data(key, title="Socia panadera")
    )
    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.title == "Socia panadera"
    assert offer.status == JobOffer.Status.PUBLISHED
    client.post(reverse("jobs:withdraw", args=[offer.pk]))
    offer.refresh_from_db()
    assert offer.status == JobOffer.Status.CLOSED
    response = client.post(reverse("jobs:edit", args=[offer.pk]), form_data(key))
    assert response.status_code == 400
    client.logout()
    assert "Socia panadera" not in client.get(reverse("jobs:list")).text


def test_an_offer_closes_by_itself_on_its_closing_date(client, seller):
    user, shop, key = seller
    today = job_factories.offer(poster_key=key, title="Cierra hoy", days_open=0)
    past = job_factories.offer(poster_key=key, title="Cerró ayer", days_open=-1)
    listing = client.get(reverse("jobs:list")).text
    assert "Cierra hoy" in listing and "Cerró ayer" not in listing
    detail = client.get(past.get_absolute_url())
    assert detail.status_code == 200
    assert reverse("jobs:apply", args=[past.pk]) not in detail.text
    assert offers_close_past() == 1
    past.refresh_from_db()
    today.refresh_from_db()
    assert past.status == JobOffer.Status.CLOSED
    assert today.status == JobOffer.Status.PUBLISHED
    # The next day the list, read at that time, leaves it out too.
    assert offers_close_past(today=timezone.localdate() + timedelta(days=1)) == 1


def test_an_organisation_editor_posts_for_their_organisation_only(client):
    editor = UserFactory()
    organisation = organisation_with_editor(editor)
    stranger = UserFactory()
    organisation_with_editor(stranger, title="ONG Otra")
    keys = [p.key for p in posters_for(editor)]
    assert keys == [f"organisation:{organisation.translation_key}"]
    client.force_login(editor)
    client.post(
        reverse("jobs:create"), form_data(keys[0], title="Asistente de proyectos")
    )
    offer = JobOffer.objects.get()
    assert offer.poster_name == "Cámara de Comercio de Huelva"
    client.force_login(stranger)
    assert client.get(reverse("jobs:edit", args=[offer.pk])).status_code == 404
    response = client.post(reverse("jobs:create"), form_data(keys[0], title="Robado"))
    assert response.status_code == 400
    assert not JobOffer.objects.filter(title="Robado").exists()


def test_a_seller_with_a_shop_waiting_for_review_cannot_post(client):
    user, shop, key = job_factories.shop_poster(approved=False)
    assert posters_for(user) == []


def test_only_staff_reach_the_moderation_admin(client, offer, seller, applicant):
    for person in (seller[0], applicant):
        client.force_login(person)
        response = client.get(reverse("jobs_joboffer:edit", args=[offer.pk]))
        assert response.status_code in (302, 403)
