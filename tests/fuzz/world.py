"""A small, demo-like world for the fuzz suite: one user per role, and a victim.

Each role (learner, seller, mentor, staff) owns data of its own, so its pages
have something to show and its forms something to post. The *victim* owns data
of every kind too (a shop and its products, an order, a certificate, an exam
attempt, a mentorship, a question, a newsletter subscription) and has nothing
to do with the roles: whatever a non-staff role sends, none of it may change.

Built through the same services and views users go through, in a few seconds.
"""

from dataclasses import dataclass, field
from decimal import Decimal

from django.test import Client
from newsletters.models import Send, Subscriber
from oscar.core.loading import get_model

from courses.exams.services import attempt_start
from courses.models import LessonCompletion
from courses.services.discussion import answer_post, question_ask
from events.registrations.services import registration_create
from mentoring.models import Goal, MentoringRequest, Message
from news.models import WallItem
from shop.sellers.inquiries import inquiry_create
from tests.courses.certificates.factories import issued_certificate
from tests.factories import UserFactory
from tests.factories import courses as course_factories
from tests.factories import events as event_factories
from tests.factories import jobs as job_factories
from tests.factories import news as news_factories
from tests.factories import organisations as organisation_factories
from tests.factories import shop as shop_factories
from tests.factories.mentoring import MenteeFactory, MentorFactory, MentorshipFactory
from tests.factories.newsletters import SubscriberFactory, campaign, send_for
from tests.shop.orders.conftest import basket_add, checkout

Order = get_model("order", "Order")


@dataclass
class World:
    users: dict = field(default_factory=dict)  # role -> user (None: anonymous)
    victim: object = None
    pages: list = field(default_factory=list)  # live Wagtail page URLs


def _complete_lessons(user, course):
    enrolment = course_factories.enrol(user, course)
    for lesson in course.get_children().specific():
        LessonCompletion.objects.get_or_create(enrolment=enrolment, lesson=lesson)
    return enrolment


def _order(user, items, *, email=None):
    """An order placed through the real checkout, signed in or as a guest."""
    client = Client()
    if user is not None:
        client.force_login(user)
    for item in items:
        basket_add(client, item)
    response = checkout(client, email=email)
    assert response.status_code == 302, "the fuzz world could not place an order"


def _network(world, *, shop, victim_shop) -> None:
    """Organisations with their news, events and jobs: the seller also edits
    for one, the victim for another, each with a draft of their own."""
    seller, learner, victim = (
        world.users["seller"],
        world.users["learner"],
        world.victim,
    )
    posts, events = news_factories.news_index(), event_factories.event_index()
    ours = organisation_factories.organisation_page(title="Seller's council")
    theirs = organisation_factories.organisation_page(title="Victim's chamber")
    organisation_factories.editor_of(ours, seller)
    organisation_factories.editor_of(theirs, victim)
    for organisation in (ours, theirs):
        news_factories.news_post(organisation, tags=["feria"])
        news_factories.news_post(organisation, publish=False)
        event_factories.event_page(organisation, publish=False)
    news_factories.news_post(posts, tags=["emprender"])
    open_event = event_factories.event_page(events, capacity=2)
    victims_event = event_factories.event_page(theirs, capacity=1)
    event_factories.event_page(
        ours, format="online", online_url="https://meet.example.org/r"
    )
    for person in (learner, victim):
        registration_create(event=open_event, person=person)
    registration_create(event=victims_event, person=victim)
    registration_create(event=victims_event, person=learner)  # waiting
    victim.show_on_wall = True
    victim.save(update_fields=["show_on_wall"])
    news_factories.wall_item(WallItem.Kind.CERTIFICATE_EARNED, person=victim)
    news_factories.wall_item()

    # Jobs: an offer of each shop and of the seller's organisation; the
    # learner applies to the seller's, the victim to an outsider's.
    shop_offer = job_factories.offer(
        poster_key=f"shop:{shop.pk}", poster_name=shop.name, created_by=seller
    )
    job_factories.offer(
        poster_key=f"organisation:{ours.translation_key}",
        poster_name=ours.title,
        created_by=seller,
    )
    victims_offer = job_factories.offer(
        poster_key=f"shop:{victim_shop.pk}",
        poster_name=victim_shop.name,
        created_by=victim,
    )
    job_factories.offer(
        poster_key=f"shop:{victim_shop.pk}", created_by=victim, status="pending"
    )
    mine = job_factories.application(
        offer=shop_offer, applicant=learner, cv=job_factories.pdf_upload()
    )
    job_factories.message(application=mine, author=seller, from_poster=True)
    _, outsider_shop, outsider_key = job_factories.shop_poster()
    elsewhere = job_factories.offer(
        poster_key=outsider_key, poster_name=outsider_shop.name
    )
    applied = job_factories.application(offer=elsewhere, applicant=victim)
    job_factories.message(application=applied, author=victim, from_poster=False)
    job_factories.application(offer=victims_offer, applicant=UserFactory())


def world_build() -> World:
    world = World()
    staff = UserFactory(is_staff=True, is_superuser=True, display_name="Staff")
    learner = UserFactory(display_name="Learner")
    seller = UserFactory(display_name="Seller")
    mentor = UserFactory(display_name="Mentor")
    victim = UserFactory(display_name="Victim")
    world.users = {
        "anonymous": None,
        "learner": learner,
        "seller": seller,
        "mentor": mentor,
        "staff": staff,
    }
    world.victim = victim

    # Courses: one with an exam and lessons; learner and victim both enrolled,
    # each with an open attempt, a question and a certificate elsewhere.
    course = course_factories.course_with_exam(lessons=2, hours=10)
    course_factories.instructor_of(course, user=staff)
    for person in (learner, victim):
        _complete_lessons(person, course)
        attempt_start(user=person, course=course)
        question = question_ask(
            course=course, author=person, title=f"Question by {person.display_name}"
        )
        answer_post(question=question, author=person, body="An answer.")
        issued_certificate(user=person)

    # Shops: the seller's and the victim's, with goods, a service and an
    # inquiry-only service; a third shop the victim buys from.
    shop = shop_factories.seller(user=seller, name="Seller shop")
    victim_shop = shop_factories.seller(user=victim, name="Victim shop")
    third_shop = shop_factories.seller(name="Third shop")
    category = shop_factories.category("Fuzz category")
    goods = {}
    for partner in (shop, victim_shop, third_shop):
        goods[partner.pk] = [
            shop_factories.product(partner, price="12.50", category=category),
            shop_factories.product(partner, price="30.00", service=True),
            shop_factories.product(partner, service=True, inquiry_only=True),
            shop_factories.product(partner, price="5.00", stock=0),
        ]
        partner.shipping_flat_rate = Decimal("3.00")
        partner.save()
    shop_factories.product(victim_shop, public=False, review_status="pending")

    # Orders: the learner and a guest buy from the seller; the victim buys
    # from the third shop only, so no role has a say over the victim's order.
    _order(learner, [goods[shop.pk][0], goods[shop.pk][1]])
    _order(None, [goods[shop.pk][0]], email="guest@example.org")
    _order(victim, [goods[third_shop.pk][0], goods[third_shop.pk][1]])
    _order(None, [goods[victim_shop.pk][0]], email="guest2@example.org")
    inquiry_create(
        product=goods[shop.pk][2],
        buyer_name="Learner",
        buyer_email=learner.email,
        message="Is it available in May?",
        buyer=learner,
    )
    inquiry_create(
        product=goods[third_shop.pk][2],
        buyer_name="Victim",
        buyer_email=victim.email,
        message="Do you travel to Faro?",
        buyer=victim,
    )

    # Mentoring: the mentor mentors the learner; the victim is mentored by
    # someone else and has a request waiting with a third mentor.
    mentor_profile = MentorFactory(user=mentor)
    other_mentor = MentorFactory()
    MenteeFactory(user=learner)
    MenteeFactory(user=victim)
    MentorFactory(user=UserFactory(), status="pending")
    for mentee, profile in ((learner, mentor_profile), (victim, other_mentor)):
        mentorship = MentorshipFactory(mentee=mentee, mentor=profile)
        Goal.objects.create(
            mentorship=mentorship, title="Open the shop", created_by=mentee
        )
        Message.objects.create(mentorship=mentorship, author=mentee, body="Hello")
    MentoringRequest.objects.create(
        mentee=victim, mentor=MentorFactory(), message="Help with taxes?"
    )
    MentoringRequest.objects.create(
        mentee=UserFactory(), mentor=mentor_profile, message="Can you help?"
    )

    # Newsletters: subscribers (the victim's confirmed, one pending) and a
    # sent issue in the archive.
    SubscriberFactory(email=victim.email, user=victim)
    SubscriberFactory(status=Subscriber.Status.PENDING, confirmed_at=None)
    send_for(campaign(), status=Send.Status.DONE)

    _network(world, shop=shop, victim_shop=victim_shop)

    from wagtail.models import Page

    world.pages = [
        page.url for page in Page.objects.live().specific().exclude(depth=1) if page.url
    ]
    return world
