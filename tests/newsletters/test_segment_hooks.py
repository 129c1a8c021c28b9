"""The newsletters' extension points (newsletters.hooks): segments and featured
blocks that feature apps register."""

import pytest
from django.db.models import Exists, Q
from django.urls import reverse
from newsletters.forms import SendForm
from newsletters.hooks import SEGMENTS, Segment
from newsletters.models import Campaign, Subscriber
from newsletters.segments import segment_clean, segment_count, segment_describe
from wagtail import hooks

from tests.factories import UserFactory
from tests.factories.newsletters import SubscriberFactory, campaign

pytestmark = pytest.mark.django_db


class AdminsSegment(Segment):
    key = "admins"
    label = "Admins"
    name = "admins"

    def condition(self, definition, user):
        from django.contrib.auth import get_user_model

        staff = get_user_model().objects.filter(pk=user, is_staff=True)
        return Q(Exists(staff))


def test_the_send_form_offers_each_apps_groups_and_the_course_refinements():
    form = SendForm()

    assert [key for key, _label in form.fields["roles"].choices] == [
        "learners",
        "sellers",
        "mentors",
        "mentees",
        "event_registrants",
    ]
    assert [field.name for field in form.refinement_fields()] == [
        "course",
        "certified",
        "event",
    ]
    assert form.fields["certified"].initial == "any"


def test_the_send_screen_shows_the_groups_and_refinements(client, staff):
    client.force_login(staff)

    html = client.get(
        reverse("newsletters_admin:send", args=[campaign().pk])
    ).content.decode()

    for value in ("learners", "sellers", "mentors", "mentees"):
        assert f'value="{value}"' in html
    assert 'name="course"' in html and 'name="certified"' in html


def test_a_registered_segment_is_a_group_to_send_to():
    staff = UserFactory(is_staff=True)
    SubscriberFactory(user=staff, email=staff.email)
    SubscriberFactory()

    with hooks.register_temporarily(SEGMENTS, lambda: [AdminsSegment()]):
        definition = segment_clean({"roles": ["admins"]})
        assert segment_count(definition) == 1
        assert segment_describe(definition) == "admins"
        assert "admins" in dict(SendForm().fields["roles"].choices)

    assert Subscriber.objects.count() == 2


def test_each_apps_featured_block_is_in_the_newsletter_body():
    body = Campaign._meta.get_field("body").stream_block

    assert list(body.child_blocks) == [
        "heading",
        "paragraph",
        "image",
        "button",
        "featured_course",
        "featured_product",
        "featured_mentor",
        "featured_event",
        "featured_job",
    ]


def test_the_migrations_find_the_chooser_blocks_where_they_always_were():
    from newsletters import blocks

    assert blocks.ProductChooserBlock.__name__ == "ProductChooserBlock"
    assert blocks.MentorChooserBlock.__name__ == "MentorChooserBlock"
    with pytest.raises(AttributeError):
        blocks.NoSuchBlock  # noqa: B018
