import pytest

from tests.factories import UserFactory
from tests.factories.mentoring import MenteeFactory, MentorFactory


@pytest.fixture
def mentor(db):
    """An approved mentor (2 places) with a verified login."""
    return MentorFactory(user=UserFactory(display_name="Marta Mentor"))


@pytest.fixture
def mentee(db):
    """A user with needs stated."""
    return MenteeFactory(user=UserFactory(display_name="Karim Mentee")).user


@pytest.fixture
def other_mentor(db):
    return MentorFactory(user=UserFactory(display_name="Otro Mentor"))


@pytest.fixture
def run_on_commit(django_capture_on_commit_callbacks):
    """Run on_commit callbacks (tasks) of the block, as a real commit would."""
    return lambda: django_capture_on_commit_callbacks(execute=True)
