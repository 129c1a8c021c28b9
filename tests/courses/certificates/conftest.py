import pytest

from tests.courses.certificates.factories import issued_certificate
from tests.factories.courses import course_page


@pytest.fixture
def course(db):
    return course_page(title="Marketing digital", hours=12)


@pytest.fixture
def certificate(user, course):
    return issued_certificate(user=user, course=course)
