"""Mentoring factories: approved mentors, mentees with needs, mentorships."""

import factory

from mentoring.models import (
    ExpertiseArea,
    MenteeProfile,
    MentoringRequest,
    MentorProfile,
    Mentorship,
)
from tests.factories.users import UserFactory


def area(slug: str) -> ExpertiseArea:
    """One of the default areas (created by the migration, or again here after
    a transactional test flushed them)."""
    found = ExpertiseArea.objects.filter(slug=slug).first()
    if found is None:
        from mentoring.taxonomy import areas_ensure

        areas_ensure()
        found = ExpertiseArea.objects.get(slug=slug)
    return found


class MentorFactory(factory.django.DjangoModelFactory):
    """An approved mentor speaking Spanish in Andalucía with 2 places."""

    class Meta:
        model = MentorProfile
        skip_postgeneration_save = True

    user = factory.SubFactory(UserFactory)
    status = MentorProfile.Status.APPROVED
    headline = factory.Sequence(lambda n: f"Adviser number {n}")
    bio = "Twenty years helping small businesses."
    languages = ",es,"
    sectors = ",retail,"
    city = "Huelva"
    region = "es-an"
    format = "both"
    capacity = 2
    accepting = True

    @factory.post_generation
    def areas(self, create, extracted, **kwargs):
        if create:
            slugs = extracted if extracted is not None else ["tax"]
            self.areas.set([area(s) for s in slugs])


class MenteeFactory(factory.django.DjangoModelFactory):
    """A mentee needing tax and marketing help, Spanish, Andalucía."""

    class Meta:
        model = MenteeProfile
        skip_postgeneration_save = True

    user = factory.SubFactory(UserFactory)
    sector = "retail"
    stage = "starting"
    languages = ",es,"
    region = "es-an"
    format = "both"
    description = "A small shop of African fabrics."

    @factory.post_generation
    def areas(self, create, extracted, **kwargs):
        if create:
            slugs = extracted if extracted is not None else ["tax", "marketing"]
            self.areas.set([area(s) for s in slugs])


class RequestFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = MentoringRequest

    mentee = factory.SubFactory(UserFactory)
    mentor = factory.SubFactory(MentorFactory)
    message = "Could you help me with my taxes?"


class MentorshipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Mentorship

    mentee = factory.SubFactory(UserFactory)
    mentor = factory.SubFactory(MentorFactory)
