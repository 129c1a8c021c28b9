import json
from pathlib import Path

import pytest
from joserfc.jwk import ECKey

from tests.courses.certificates.factories import issued_certificate
from tests.factories.courses import course_page

SCHEMA_PATH = (
    Path(__file__).parent / "schema" / "ob_v3p0_achievementcredential_schema.json"
)


def new_pem() -> str:
    return ECKey.generate_key("P-256", private=True).as_pem(private=True).decode()


# One key for the whole run: generating is cheap, but a fixed key per run keeps
# tokens from different tests of a module comparable.
SIGNING_PEM = new_pem()


@pytest.fixture(autouse=True)
def signing_key(settings):
    """Sign with a key of the tests', never the developer's var/keys/ one."""
    settings.CERTIFICATE_SIGNING_KEY = SIGNING_PEM
    settings.CERTIFICATE_PREVIOUS_KEYS = ""
    settings.CERTIFICATE_PREVIOUS_KEYS_FILE = ""
    return SIGNING_PEM


@pytest.fixture(scope="session")
def ob3_schema() -> dict:
    return json.loads(SCHEMA_PATH.read_text())


@pytest.fixture
def course(db):
    return course_page(title="Marketing digital", hours=12)


@pytest.fixture
def certificate(user, course):
    return issued_certificate(user=user, course=course)
