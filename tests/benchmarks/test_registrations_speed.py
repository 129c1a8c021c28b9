"""How fast event registration is (`make bench`): register and cancel
throughput (each through the locked service, with the waiting list moving),
and the organiser's attendee list and CSV at 2,000 registrations. Prints
figures; asserts only that things worked, never a timing."""

import time

import pytest
from django.urls import reverse
from django.utils import timezone

from events.registrations.models import Registration
from events.registrations.services import registration_cancel, registration_create
from tests.benchmarks.timing import analyze, measure, print_figures
from tests.factories import UserFactory
from tests.factories.registrations import event_page
from users.models import User

pytestmark = pytest.mark.django_db

CROWD = 2000
SERVICE_ROUNDS = 300


def test_register_cancel_throughput_and_attendee_list_at_2000(client):
    event = event_page(capacity=CROWD - 500)
    people = User.objects.bulk_create(
        [
            User(email=f"bench{i}@example.org", display_name=f"Persona {i}")
            for i in range(CROWD + SERVICE_ROUNDS)
        ]
    )
    now = timezone.now()
    Registration.objects.bulk_create(
        [
            Registration(
                event_key=event.translation_key,
                person=person,
                status="confirmed" if i < CROWD - 500 else "waiting",
                created_at=now + timezone.timedelta(milliseconds=i),
            )
            for i, person in enumerate(people[:CROWD])
        ]
    )
    analyze()

    newcomers = people[CROWD:]
    start = time.perf_counter()
    made = [registration_create(event=event, person=p) for p in newcomers]
    register_s = time.perf_counter() - start
    assert all(r.status == "waiting" for r in made)

    seated = list(
        Registration.objects.filter(
            event_key=event.translation_key, status="confirmed"
        )[:SERVICE_ROUNDS]
    )
    start = time.perf_counter()
    for registration in seated:
        registration_cancel(registration=registration)
    cancel_s = time.perf_counter() - start
    assert (
        Registration.objects.filter(
            event_key=event.translation_key, status="confirmed"
        ).count()
        == CROWD - 500
    )

    staff = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(staff)
    pages = {
        "attendees p1": measure(
            client, reverse("registrations:attendees", args=[event.pk]), rounds=10
        ),
        "attendees p9": measure(
            client,
            reverse("registrations:attendees", args=[event.pk]),
            {"page": 9},
            rounds=10,
        ),
        "attendees.csv": measure(
            client, reverse("registrations:attendees_csv", args=[event.pk]), rounds=5
        ),
        "registration box": measure(
            client, reverse("registrations:event", args=[event.pk]), rounds=20
        ),
    }
    print(
        f"\nregister (to the waiting list, {CROWD} already registered): "
        f"{SERVICE_ROUNDS / register_s:.0f}/s; "
        f"cancel + promote the next: {SERVICE_ROUNDS / cancel_s:.0f}/s"
    )
    print_figures(f"Event registration pages at {CROWD} registrations", pages)
    assert all(figures["queries"] <= 15 for figures in pages.values())
